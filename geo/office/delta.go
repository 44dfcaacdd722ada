package office

import (
	"slices"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// syncInput is the project's side of one sync.
type syncInput struct {
	local *annot.Set
	revs  annot.Revisions
	area  Area
	// project is the project's sync ID.
	project string
	// cur is where the last sync with this database, role and area left
	// off.
	cur cursor
	// refused are the photos earlier pulls from this database refused.
	refused []RefusedPhoto
}

// ids are every annotation the project has or had.
func (in *syncInput) ids() []string {
	ids := make([]string, 0, len(in.revs)+len(in.local.Points)+len(in.local.Gaps))
	for id := range in.revs {
		ids = append(ids, id)
	}
	for _, p := range in.local.Points {
		if _, ok := in.revs[p.ID]; !ok {
			ids = append(ids, p.ID)
		}
	}
	for _, g := range in.local.Gaps {
		if _, ok := in.revs[g.ID]; !ok {
			ids = append(ids, g.ID)
		}
	}
	return ids
}

// rowState is what the server held of one annotation at the last sync,
// without content.
type rowState struct {
	rev, review string
}

// changedSince lists the project's annotations that differ from what
// it and the server shared at the last sync (srv): new or edited here,
// marked differently, or deleted here. The others are as the server had
// them, and as it has them still unless the sync reads them as changed
// since.
func (in *syncInput) changedSince(srv map[string]rowState) []string {
	var out []string
	live := map[string]bool{}
	differs := func(m annot.Meta) {
		live[m.ID] = true
		if s, ok := srv[m.ID]; !ok || s.rev != m.Rev || s.review != m.Review {
			out = append(out, m.ID)
		}
	}
	for _, p := range in.local.Points {
		differs(p.Meta)
	}
	for _, g := range in.local.Gaps {
		differs(g.Meta)
	}
	for id := range in.revs {
		if _, ok := srv[id]; ok && !live[id] {
			out = append(out, id)
		}
	}
	return out
}

// addUnchanged puts into c the project's annotations that are not in
// changed and that c did not read: the server holds them as the project
// does. Their revision sets are the project's own maps, shared, not
// copied (a sync's first copy of c.revs is made before anything is
// added to it); one that lacks the current revision is copied.
func (c *serverCopy) addUnchanged(in *syncInput, changed []string) {
	skip := make(map[string]bool, len(changed))
	for _, id := range changed {
		skip[id] = true
	}
	c.set.Points = slices.Grow(c.set.Points, len(in.local.Points))
	c.set.Gaps = slices.Grow(c.set.Gaps, len(in.local.Gaps))
	keep := func(m annot.Meta) bool {
		if _, read := c.rows[m.ID]; read || skip[m.ID] {
			return false
		}
		c.rows[m.ID], c.review[m.ID] = m.Rev, m.Review
		if revs := in.revs[m.ID]; revs[m.Rev] {
			c.revs[m.ID] = revs
		} else {
			for rev := range revs {
				c.revs.Add(m.ID, rev)
			}
			c.revs.Add(m.ID, m.Rev)
		}
		return true
	}
	for _, p := range in.local.Points {
		if keep(p.Meta) {
			c.set.Points = append(c.set.Points, p)
		}
	}
	for _, g := range in.local.Gaps {
		if keep(g.Meta) {
			c.set.Gaps = append(c.set.Gaps, g)
		}
	}
}
