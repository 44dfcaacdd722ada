package streets

import (
	"bufio"
	"context"
	"errors"
	"io"
	"math"
	"os"
	"runtime"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
	"github.com/paulmach/orb"
	"github.com/paulmach/osm"
	"github.com/paulmach/osm/osmxml"
)

// Options say what Read keeps.
type Options struct {
	// Bound is the area wanted, in lon/lat; an empty (zero) bound keeps
	// the whole extract.
	Bound orb.Bound
	// Margin widens Bound on every side, in metres, so that streets
	// crossing the edge are kept whole up to the margin.
	Margin float64
	// Progress, when set, is called now and then with the share of the
	// file read, from 0 to 1.
	Progress func(done float64)
}

// Read reads an OpenStreetMap extract (.osm.pbf, or .osm XML; told apart
// by their first bytes) in two streaming passes: the first keeps the
// multipolygon relations drawn as areas (lakes with islands, parks and
// buildings made of several ways), the second the nodes inside the box
// (and up to reach beyond) and the ways crossing it. A way reaching out of
// the box keeps its nodes up to reach beyond it, so a long straight street
// through the box is not lost between two far nodes; a relation whose
// rings cannot be closed inside that reach is left out. Cancelling ctx
// stops the read with ctx's error. A named pipe, a device or a folder
// is refused before it is opened.
func Read(ctx context.Context, path string, o Options) (*Set, error) {
	if err := regular(path); err != nil {
		return nil, err
	}
	rels, err := scanRelations(ctx, path, share(o.Progress, 0, relationShare))
	if err != nil {
		return nil, err
	}
	r := &reader{box: widen(o.Bound, o.Margin), nodeBox: widen(o.Bound, o.Margin+reach), all: o.Bound.IsZero()}
	r.wantWays(rels)
	if err := scan(ctx, path, share(o.Progress, relationShare, 1), false, r.take); err != nil {
		return nil, err
	}
	r.features = append(r.features, r.assemble(rels)...)
	if o.Progress != nil {
		o.Progress(1)
	}
	return NewSet(r.features), nil
}

// relationShare is the part of the progress bar the first pass takes.
const relationShare = 0.2

// share maps progress from 0..1 onto lo..hi of fn's range.
func share(fn func(float64), lo, hi float64) func(float64) {
	if fn == nil {
		return nil
	}
	return func(d float64) { fn(lo + d*(hi-lo)) }
}

// scan reads the extract at path once, handing each object to fn: only
// the relations when relations is set, else the nodes and ways.
func scan(ctx context.Context, path string, progress func(float64), relations bool, fn func(osm.Object)) error {
	f, err := os.Open(path)
	if err != nil {
		return words.Errorf("streets: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return words.Errorf("streets: %w", err)
	}
	cr := &countingReader{r: f, size: st.Size(), progress: progress}
	br := bufio.NewReaderSize(cr, 1<<16)
	head, _ := br.Peek(64)
	var sc osm.Scanner
	switch {
	case len(head) > 0 && isXML(head):
		sc = osmxml.New(ctx, br)
	default:
		want := pbfWant{nodes: !relations, ways: !relations, relations: relations}
		if relations {
			want.relation = func(r *osm.Relation) bool { return areaRelationClass(r) != Unknown }
		}
		sc = newPBFScanner(ctx, br, max(1, runtime.GOMAXPROCS(0)), want)
	}
	defer sc.Close()
	for sc.Scan() {
		fn(sc.Object())
	}
	if err := sc.Err(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return words.Errorf("streets: %s is not a readable OpenStreetMap extract (.osm.pbf or .osm): %w", path, err)
	}
	return ctx.Err()
}

// regular refuses what is not a plain file before it is opened: opening
// a named pipe would wait for a writer for ever, and a device never ends.
func regular(path string) error {
	if err := geo.CheckRegular(path); err != nil {
		return words.Errorf("streets: %s %w", path, err)
	}
	return nil
}

// reach is how far beyond the box (and margin) nodes are kept, in metres.
const reach = 2000

// isXML reports whether a file starts like XML (after any byte-order mark
// and white space).
func isXML(head []byte) bool {
	for _, b := range head {
		switch b {
		case ' ', '\t', '\r', '\n', 0xef, 0xbb, 0xbf:
			continue
		}
		return b == '<'
	}
	return false
}

// widen grows b by m metres on every side.
func widen(b orb.Bound, m float64) orb.Bound {
	if b.IsZero() {
		return b
	}
	dLat := m / 111320
	dLon := dLat / math.Max(0.01, math.Cos(b.Center()[1]*math.Pi/180))
	return orb.Bound{Min: orb.Point{b.Min[0] - dLon, b.Min[1] - dLat}, Max: orb.Point{b.Max[0] + dLon, b.Max[1] + dLat}}
}

// countingReader reports progress as bytes go through it.
type countingReader struct {
	r        io.Reader
	size     int64
	n, last  int64
	progress func(float64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.progress != nil && c.size > 0 && (c.n-c.last > 1<<20 || errors.Is(err, io.EOF)) {
		c.last = c.n
		c.progress(math.Min(0.99, float64(c.n)/float64(c.size)))
	}
	return n, err
}
