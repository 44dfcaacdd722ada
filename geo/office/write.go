package office

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// push queues the writes that make the server hold merged: changed and new
// rows, tombstones for rows merged away, and every revision it lacks,
// each table in one statement (see bulkUpsert). It returns how many
// annotations it writes.
func push(b *pgx.Batch, srv *serverCopy, merged *annot.Set, revs annot.Revisions, a Area) int {
	var points, gapPoints, gapAreas rows
	var hist revisionRows
	live := map[string]bool{}
	stale := func(m annot.Meta) bool {
		live[m.ID] = true
		return srv.rows[m.ID] != m.Rev || srv.dead[m.ID] || !sameReview(srv, m)
	}
	for _, p := range merged.Points {
		if stale(p.Meta) {
			points.add(p.Location, p.Meta, p.Places, p.Category, p.Name, string(p.Status), p.Notes, p.Observed, p.RecordedBy)
			hist.body(p.ID, p.Rev, p)
		}
	}
	for _, g := range merged.Gaps {
		if !stale(g.Meta) {
			continue
		}
		t := &gapPoints
		if g.IsArea() {
			t = &gapAreas
		}
		t.add(g.Geometry, g.Meta, g.Places, string(g.Kind), g.Service, string(g.Severity), string(g.Status), g.Notes, g.RaisedBy, g.Raised)
		hist.body(g.ID, g.Rev, g)
	}
	points.queue(b, putPointsSQL, a)
	gapPoints.queue(b, putGapPointsSQL, a)
	gapAreas.queue(b, putGapAreasSQL, a)
	n := len(points.geom) + len(gapPoints.geom) + len(gapAreas.geom) + queueTombstones(b, srv, live)
	for id, set := range revs {
		for rev := range set {
			if !srv.revs[id][rev] {
				hist.known(id, rev)
			}
		}
	}
	hist.queue(b)
	return n
}

// queueTombstones marks deleted the server's live rows that merged no
// longer holds, and returns how many.
func queueTombstones(b *pgx.Batch, srv *serverCopy, live map[string]bool) int {
	var gone []string
	for id := range srv.rows {
		if !live[id] && !srv.dead[id] {
			gone = append(gone, id)
		}
	}
	if len(gone) > 0 {
		for _, t := range []string{"service_points", "gap_points", "gap_areas"} {
			b.Queue("UPDATE "+t+" SET deleted = true WHERE id = ANY($1::text[]::uuid[])", gone)
		}
	}
	return len(gone)
}

// sameReview reports whether the server's copy already carries m's
// review reason.
func sameReview(srv *serverCopy, m annot.Meta) bool {
	r, ok := srv.review[m.ID]
	return ok && r == m.Review
}

// runBatch sends b and reads every result, running the queries'
// callbacks, stopping at the first error.
func runBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	return tx.SendBatch(ctx, b).Close()
}
