package streets

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/paulmach/osm"

	"github.com/khoroomap/khoroomap/geo/words"
)

// pbfScanner reads an .osm.pbf file as an osm.Scanner: one goroutine
// reads the blocks in the file's order, workers unpack and decode them
// side by side, and Scan hands their objects on in the file's order
// (nodes before the ways that use them). At most one block a worker, and
// one more, is read ahead. Scan, Object and Err are for one goroutine.
type pbfScanner struct {
	ctx     context.Context // ended by Close
	stop    context.CancelFunc
	blocks  chan chan blockResult // one a block, in the file's order
	wg      sync.WaitGroup
	objects []osm.Object
	i       int
	err     error
}

var _ osm.Scanner = (*pbfScanner)(nil)

// blockResult is what a worker made of one block.
type blockResult struct {
	objects []osm.Object
	err     error
}

// pbfJob is one block for a worker and where its result goes.
type pbfJob struct {
	rawBlock
	out chan<- blockResult
}

// newPBFScanner starts reading r (positioned at the file's start) with
// workers decoding goroutines; only what want asks for is decoded.
func newPBFScanner(ctx context.Context, r io.Reader, workers int, want pbfWant) *pbfScanner {
	ctx, stop := context.WithCancel(ctx)
	s := &pbfScanner{ctx: ctx, stop: stop, blocks: make(chan chan blockResult, workers)}
	jobs := make(chan pbfJob)
	s.wg.Add(workers + 1)
	for range workers {
		go s.work(jobs, want)
	}
	go s.read(&pbfGuard{r: r}, jobs)
	return s
}

// read reads the blocks in order and hands each to a worker, its result's
// place kept in blocks; a read error takes the place of the next block.
func (s *pbfScanner) read(g *pbfGuard, jobs chan<- pbfJob) {
	defer s.wg.Done()
	defer close(jobs)
	defer close(s.blocks)
	for {
		b, err := g.next()
		if errors.Is(err, io.EOF) {
			return
		}
		out := make(chan blockResult, 1)
		if err != nil {
			out <- blockResult{err: err}
		}
		select {
		case s.blocks <- out:
		case <-s.ctx.Done():
			return
		}
		if err != nil {
			return
		}
		select {
		case jobs <- pbfJob{b, out}:
		case <-s.ctx.Done():
			return
		}
	}
}

// work decodes blocks until there are no more.
func (s *pbfScanner) work(jobs <-chan pbfJob, want pbfWant) {
	defer s.wg.Done()
	d := &blockDecoder{want: want}
	var buf []byte
	for j := range jobs {
		objects, err := d.block(j.typ, j.blob, &buf)
		if err != nil {
			err = blockError(j.n, err)
		}
		j.out <- blockResult{objects, err}
	}
}

// block decodes one block of the file by its type: the header's
// required features are checked, data decoded, other types skipped.
// buf is the worker's buffer for unpacked data, kept between blocks.
func (d *blockDecoder) block(typ string, blob []byte, buf *[]byte) ([]osm.Object, error) {
	if typ != "OSMHeader" && typ != "OSMData" {
		return nil, nil
	}
	data, err := unpack(blob, buf)
	if err != nil {
		return nil, err
	}
	if typ == "OSMHeader" {
		return nil, checkHeader(data)
	}
	return d.decode(data)
}

// Scan moves to the next object, reporting false at the end, on an error
// (see Err) or when the context ends.
func (s *pbfScanner) Scan() bool {
	for s.i >= len(s.objects) {
		if s.err != nil {
			return false
		}
		var out chan blockResult
		var more bool
		select {
		case out, more = <-s.blocks:
		case <-s.ctx.Done():
			s.err = s.ctx.Err()
			return false
		}
		if !more {
			return false
		}
		select {
		case r := <-out:
			s.objects, s.i, s.err = r.objects, 0, r.err
		case <-s.ctx.Done():
			s.err = s.ctx.Err()
		}
	}
	s.i++
	return true
}

// Object is the object Scan moved to.
func (s *pbfScanner) Object() osm.Object { return s.objects[s.i-1] }

// Err is the error that ended the scan, if any.
func (s *pbfScanner) Err() error { return s.err }

// Close stops the reading and waits for its goroutines to end.
func (s *pbfScanner) Close() error {
	s.stop()
	s.wg.Wait()
	return nil
}

// pbfFeatures are the required features of a file's header this reader
// reads (what OSM's tools write); others, such as LocationsOnWays
// required, are refused.
var pbfFeatures = map[string]bool{"OsmSchema-V0.6": true, "DenseNodes": true, "HistoricalInformation": true}

// checkHeader refuses a file whose header requires a feature not read.
func checkHeader(data []byte) error {
	var missing []string
	if !pbfWalk(data, func(num, _ uint64, b []byte) {
		if num == 4 && b != nil && !pbfFeatures[string(b)] {
			missing = append(missing, string(b))
		}
	}) {
		return words.Errorf("its header is damaged")
	}
	if len(missing) > 0 {
		return words.Errorf("it needs %s, which this reader cannot read", strings.Join(missing, ", "))
	}
	return nil
}
