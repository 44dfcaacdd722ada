package store

import (
	"database/sql"
	"fmt"
	"maps"
	"slices"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// snapshot is a copy of what c holds before a merge changes it in place.
func snapshot(c *projectCopy) *projectCopy {
	s := *c.set
	s.Points, s.Gaps = slices.Clone(s.Points), slices.Clone(s.Gaps)
	revs := make(annot.Revisions, len(c.revs))
	for id, set := range c.revs {
		revs[id] = maps.Clone(set)
	}
	return &projectCopy{set: &s, revs: revs}
}

// writeDiff writes, in one transaction, what turned the copy orig into
// merged: the categories, the annotations that changed or came in, the
// deletions and the new revisions. The file holds orig. first, when not
// nil, runs at the start of the transaction (to store the photos merged
// shows).
func (p *Project) writeDiff(orig, merged *projectCopy, first func(*sql.Tx) error) error {
	return p.write(func(w *writer) error {
		if first != nil {
			if err := first(w.tx); err != nil {
				return err
			}
		}
		for i, c := range merged.set.Categories {
			if err := putCategory(w.tx, c, i); err != nil {
				return err
			}
		}
		known := idsOf(orig.set)
		for _, c := range diff(orig.set, merged.set) {
			if err := applyFresh(w, c, known); err != nil {
				return err
			}
		}
		for id, set := range merged.revs {
			for rev := range set {
				if !orig.revs[id][rev] {
					revs := w.batch(`INSERT OR IGNORE INTO revisions (uuid, rev) VALUES`, 2)
					if err := revs.add(w, []any{id, rev}, nil); err != nil {
						return fmt.Errorf("store: recording a revision: %w", err)
					}
				}
			}
		}
		return nil
	})
}

// diff lists the changes turning a into b.
func diff(a, b *annot.Set) []annot.Change {
	cs := diffList(a.Points, b.Points, func(p *annot.Point) string { return p.ID },
		func(p, q *annot.Point) bool {
			return sameMeta(p.Meta, q.Meta) && p.Content() == q.Content() && p.Places == q.Places
		},
		func(old, new *annot.Point) annot.Change { return annot.Change{OldPoint: old, NewPoint: new} })
	return append(cs, diffList(a.Gaps, b.Gaps, func(g *annot.Gap) string { return g.ID },
		func(g, q *annot.Gap) bool {
			return sameMeta(g.Meta, q.Meta) && g.Content() == q.Content() && g.Places == q.Places
		},
		func(old, new *annot.Gap) annot.Change { return annot.Change{OldGap: old, NewGap: new} })...)
}

// diffList lists the changes (made by change) turning the list a into b:
// what b holds that a does not hold the same, then what a holds and b not.
func diffList[T any](a, b []T, id func(*T) string, same func(x, y *T) bool, change func(old, new *T) annot.Change) []annot.Change {
	var cs []annot.Change
	before := make(map[string]*T, len(a))
	for i := range a {
		before[id(&a[i])] = &a[i]
	}
	for i := range b {
		q := &b[i]
		if p, ok := before[id(q)]; !ok || !same(p, q) {
			cs = append(cs, change(nil, q))
		}
		delete(before, id(q))
	}
	for _, p := range before {
		cs = append(cs, change(p, nil))
	}
	return cs
}

func sameMeta(a, b annot.Meta) bool {
	return a.ID == b.ID && a.Rev == b.Rev && a.Review == b.Review && a.Author == b.Author &&
		a.Created.Equal(b.Created) && a.Modified.Equal(b.Modified)
}
