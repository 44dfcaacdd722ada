package phoneform

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// rowColumn is the column legacyIDs adds to a CSV table to know each
// feature's row; no rule of the old import reads it.
const rowColumn = "khoroomap legacy row"

// legacyIDs returns the IDs the import before column mappings gave the
// rows of t, by row: that import read the file as any table of points
// (load.Read) and keyed each point as exchange.Points does, from an id
// column, else from its position, name and category. A file that import
// refused (no position columns it knew, a position that is not numbers)
// gives none.
func legacyIDs(t *Table, cats []annot.Category) map[int]string {
	key := categoriesKey(cats)
	t.legacy.mu.Lock()
	defer t.legacy.mu.Unlock()
	if !t.legacy.done || t.legacy.key != key {
		t.legacy.ids, t.legacy.key, t.legacy.done = readLegacyIDs(t, cats), key, true
	}
	return t.legacy.ids
}

// legacyCache is legacyIDs' last answer and the categories it was for.
type legacyCache struct {
	mu   sync.Mutex
	done bool
	key  string
	ids  map[int]string
}

// categoriesKey tells sets of categories apart as exchange.Points reads
// them: by ID and names.
func categoriesKey(cats []annot.Category) string {
	var b strings.Builder
	for _, c := range cats {
		b.WriteString(c.ID + "\x00" + c.NameMN + "\x00" + c.NameEN + "\x01")
	}
	return b.String()
}

// readLegacyIDs works out legacyIDs' answer.
func readLegacyIDs(t *Table, cats []annot.Category) map[int]string {
	l, rows := t.legacyLayer()
	if l == nil || l.Kind != geo.Points {
		return nil
	}
	pts, err := exchange.Points(l, exchange.Options{Categories: cats})
	if err != nil {
		return nil
	}
	ids := make(map[int]string, len(pts))
	for i := range l.Features {
		if !load.IsGap(l.Features[i].Props) && len(pts) > 0 {
			ids[rows[i]], pts = pts[0].ID, pts[1:]
		}
	}
	return ids
}

// legacyLayer is t read as the old import read its file, with the row of
// each feature.
func (t *Table) legacyLayer() (*geo.Layer, []int) {
	if t.layer != nil { // GeoJSON: one feature per row
		rows := make([]int, len(t.layer.Features))
		for i := range rows {
			rows[i] = i
		}
		return t.layer, rows
	}
	if slices.Contains(t.Header, rowColumn) {
		return nil, nil
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(append(slices.Clone(t.Header), rowColumn))
	for r, row := range t.Rows {
		w.Write(append(slices.Clone(row), strconv.Itoa(r)))
	}
	w.Flush()
	l, err := load.Read(t.Source, &buf, load.Options{Points: true})
	if err != nil {
		return nil, nil
	}
	rows := make([]int, len(l.Features))
	for i, f := range l.Features {
		rows[i], _ = strconv.Atoi(f.Props.Text(rowColumn))
	}
	return l, rows
}

// keepLegacy gives each point (of the row rows gives) that s does not
// hold under its ID the ID its row had under the old import, when s holds
// a point under that one. Two rows the old import made one point of (the
// same position, name and category) leave it to the first.
func keepLegacy(pts []annot.Point, rows []int, old map[int]string, s *annot.Set) {
	taken := map[string]bool{}
	for i := range pts {
		p := &pts[i]
		id, ok := old[rows[i]]
		if !ok || id == p.ID || taken[id] {
			continue
		}
		if _, have := s.Point(p.ID); have {
			continue
		}
		if _, have := s.Point(id); have {
			p.ID, taken[id] = id, true
			p.Rev = annot.ContentRev(p.ID, p.Content())
		}
	}
}
