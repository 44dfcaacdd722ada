package office

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// BenchmarkPush: the server's side of a leader's first sync, 5,000 new
// points with their revisions written under row-level security into the
// city's rows, in one batch rolled back each time; bulk as push writes
// them, row-by-row the same statements with one row each (how push wrote
// until schema version 5) as the naive baseline.
func BenchmarkPush(b *testing.B) {
	conn := connect(b, asLeader(b, benchDB(b)))
	s, revs := fresh(5000)
	s.Gaps = nil
	for _, c := range []struct {
		name  string
		queue func(*pgx.Batch)
	}{
		{"bulk", func(batch *pgx.Batch) { push(batch, emptyServer(), s, revs, benchArea) }},
		{"row-by-row", func(batch *pgx.Batch) { pushRowByRow(batch, s, benchArea) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				tx, err := conn.Begin(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				batch := &pgx.Batch{}
				c.queue(batch)
				if err := runBatch(context.Background(), tx, batch); err != nil {
					b.Fatal(err)
				}
				tx.Rollback(context.Background())
			}
		})
	}
}

// pushRowByRow queues each point and its revision in statements of
// their own.
func pushRowByRow(batch *pgx.Batch, s *annot.Set, a Area) {
	for _, p := range s.Points {
		var r rows
		var h revisionRows
		r.add(p.Location, p.Meta, p.Places, p.Category, p.Name, string(p.Status), p.Notes, p.Observed, p.RecordedBy)
		r.queue(batch, putPointsSQL, a)
		h.body(p.ID, p.Rev, p)
		h.queue(batch)
	}
}
