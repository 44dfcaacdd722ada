package office

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// syncInput is the project's side of one sync.
type syncInput struct {
	local *annot.Set
	revs  annot.Revisions
	area  Area
	// project is the project's sync ID; since the cursor's horizon ("" on
	// the first sync with this database, role and area).
	project, since string
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

// rowState is what the server holds of one annotation, without content.
type rowState struct {
	rev, review string
	dead        bool
}

const statesSQL = `SELECT id::text, rev::text, review, deleted FROM %s WHERE id = ANY($1::uuid[])`

// readStates reads the server's revision of each of ids it holds.
func readStates(ctx context.Context, tx pgx.Tx, ids []string) (map[string]rowState, error) {
	out := make(map[string]rowState, len(ids))
	for _, t := range []string{"service_points", "gap_points", "gap_areas"} {
		rows, err := tx.Query(ctx, fmt.Sprintf(statesSQL, t), ids)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", t, err)
		}
		var id string
		var s rowState
		if _, err := pgx.ForEachRow(rows, []any{&id, &s.rev, &s.review, &s.dead}, func() error { out[id] = s; return nil }); err != nil {
			return nil, fmt.Errorf("reading %s: %w", t, err)
		}
	}
	return out, nil
}

// changedSince lists the project's annotations that differ from the
// server's rows: new or edited here, marked differently, or deleted here
// but live there. The others are as the server has them.
func (in *syncInput) changedSince(srv map[string]rowState) []string {
	var out []string
	live := map[string]bool{}
	differs := func(m annot.Meta) {
		live[m.ID] = true
		if s, ok := srv[m.ID]; !ok || s.dead || s.rev != m.Rev || s.review != m.Review {
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
		if s, ok := srv[id]; ok && !live[id] && !s.dead {
			out = append(out, id)
		}
	}
	return out
}

// addUnchanged puts into c the project's annotations that are not in
// changed and that c did not read: the server holds them as the project
// does.
func (c *serverCopy) addUnchanged(in *syncInput, changed []string) {
	skip := make(map[string]bool, len(changed))
	for _, id := range changed {
		skip[id] = true
	}
	keep := func(m annot.Meta) bool {
		if _, read := c.rows[m.ID]; read || skip[m.ID] {
			return false
		}
		c.rows[m.ID] = m.Rev
		for rev := range in.revs[m.ID] {
			c.revs.Add(m.ID, rev)
		}
		c.revs.Add(m.ID, m.Rev)
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
