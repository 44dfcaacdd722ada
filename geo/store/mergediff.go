package store

import (
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
// deletions and the new revisions. The file holds orig.
func (p *Project) writeDiff(orig, merged *projectCopy) error {
	return p.write(func(w *writer) error {
		for i, c := range merged.set.Categories {
			if err := putCategory(w.tx, c, i); err != nil {
				return err
			}
		}
		for _, c := range diff(orig.set, merged.set) {
			if err := apply(w, c); err != nil {
				return err
			}
		}
		for id, set := range merged.revs {
			for rev := range set {
				if !orig.revs[id][rev] {
					if err := addRevision(w, annot.Meta{ID: id, Rev: rev}); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
}

// diff lists the changes turning a into b.
func diff(a, b *annot.Set) []annot.Change {
	var cs []annot.Change
	pts := make(map[string]*annot.Point, len(a.Points))
	for i := range a.Points {
		pts[a.Points[i].ID] = &a.Points[i]
	}
	for i := range b.Points {
		q := &b.Points[i]
		if p, ok := pts[q.ID]; !ok || !sameMeta(p.Meta, q.Meta) || p.Content() != q.Content() || p.Places != q.Places {
			cs = append(cs, annot.Change{NewPoint: q})
		}
		delete(pts, q.ID)
	}
	for _, p := range pts {
		cs = append(cs, annot.Change{OldPoint: p})
	}
	gaps := make(map[string]*annot.Gap, len(a.Gaps))
	for i := range a.Gaps {
		gaps[a.Gaps[i].ID] = &a.Gaps[i]
	}
	for i := range b.Gaps {
		q := &b.Gaps[i]
		if g, ok := gaps[q.ID]; !ok || !sameMeta(g.Meta, q.Meta) || g.Content() != q.Content() || g.Places != q.Places {
			cs = append(cs, annot.Change{NewGap: q})
		}
		delete(gaps, q.ID)
	}
	for _, g := range gaps {
		cs = append(cs, annot.Change{OldGap: g})
	}
	return cs
}

func sameMeta(a, b annot.Meta) bool {
	return a.ID == b.ID && a.Rev == b.Rev && a.Review == b.Review && a.Author == b.Author &&
		a.Created.Equal(b.Created) && a.Modified.Equal(b.Modified)
}
