package phoneform

import (
	"fmt"
	"slices"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// gap makes row r a gap point of kind at at: of medium severity unless the
// severity column says otherwise, open, raised on the date seen, a
// missing service naming the category column's service.
func (m *Mapping) gap(t *Table, r int, at orb.Point, kind annot.GapKind, key string, opt Options) annot.Gap {
	now := opt.Now.UTC().Truncate(time.Millisecond)
	g := annot.Gap{Meta: annot.Meta{Created: now, Modified: now, Author: opt.Author}, Kind: kind,
		Severity: severityOf(t.cell(r, m.Severity)), Status: annot.Open, Notes: t.cell(r, m.Notes), Geometry: at}
	if g.Severity == "" {
		g.Severity = annot.Medium
	}
	if d := t.cell(r, m.Observed); len(d) >= 10 {
		if _, err := annot.ParseDate(d[:10]); err == nil {
			g.Raised = d[:10]
		}
	}
	if kind == annot.MissingService {
		g.Service = m.CategoryOf(t.cell(r, m.Category), opt.Categories)
	}
	for _, f := range m.photoFiles(t, r) {
		if id, ok := opt.PhotoIDs[f]; ok && !slices.Contains(g.Photos, id) {
			g.Photos = append(g.Photos, id)
		}
	}
	if id := t.cell(r, m.ID); id != "" {
		g.ID = annot.NameID(key + "|gap|" + id)
	} else {
		g.ID = annot.NameID(fmt.Sprintf("gap at|%.6f %.6f|%s|%s", at[0], at[1], kind, g.Notes))
	}
	g.Rev = annot.ContentRev(g.ID, g.Content())
	return g
}

// gapKind is the gap kind row r's gap kind cell names, "" for none (or
// when no column is chosen).
func (m *Mapping) gapKind(t *Table, r int) annot.GapKind {
	if m.GapKind == "" {
		return ""
	}
	return gapKindOf(t.cell(r, m.GapKind))
}
