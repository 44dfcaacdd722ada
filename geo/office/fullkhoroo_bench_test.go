package office

import (
	"bufio"
	"context"
	"fmt"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// khorooRows is what the other leaders of a full khoroo hold: 7 × 5,000.
const khorooRows = 35_000

// BenchmarkFirstSyncFullKhoroo: a leader's first sync of 5,000
// annotations when the seven other leaders of their khoroo (benchArea)
// already synced 5,000 each: it pushes 5,000 and pulls all 35,000 into
// the project. Target: under 3 s.
func BenchmarkFirstSyncFullKhoroo(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		server := benchDB(b)
		if err := fillKhoroo(context.Background(), server, khorooRows); err != nil {
			b.Fatalf("filling the khoroo: %v", err)
		}
		db := asLeader(b, server)
		l := leaderWith(b, 5000)
		b.StartTimer()
		r, err := Sync(context.Background(), l.p, db, benchArea)
		if err != nil || r.Pulled != khorooRows {
			b.Fatalf("pulled %v, %v; want %d", r, err, khorooRows)
		}
	}
	b.ReportMetric(khorooRows, "pulled-rows")
}

// fillKhoroo copies n service points, with their revisions, into
// benchArea on the server db, spread over its 7 other kheseg.
func fillKhoroo(ctx context.Context, db string, n int) error {
	conn, err := Connect(ctx, db)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	revs := make([][2]string, 0, n)
	err = copyRows(ctx, conn, "COPY service_points (id, rev, district, khoroo, category, status, created, modified, geom) FROM STDIN",
		func(w *bufio.Writer) {
			for i := range n {
				id, rev := annot.NewID(), annot.NewID()
				revs = append(revs, [2]string{id, rev})
				fmt.Fprintf(w, "%s\t%s\t%s\t%d\tschool\tworking\t2026-05-01 09:00:00+00\t2026-05-01 09:00:00+00\tSRID=4326;POINT(%.6f %.6f)\n",
					id, rev, benchArea.District, benchArea.Khoroo, 106.95+float64(i%200)*1e-4, 47.9+float64(i/200)*1e-4)
			}
		})
	if err != nil {
		return fmt.Errorf("copying service_points: %w", err)
	}
	return copyRows(ctx, conn, "COPY revisions (id, rev) FROM STDIN", func(w *bufio.Writer) {
		for _, r := range revs {
			fmt.Fprintf(w, "%s\t%s\n", r[0], r[1])
		}
	})
}
