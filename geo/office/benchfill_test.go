package office

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// fillCity bulk-loads n service points, with their revisions, spread over
// 9 districts × 23 khoroos, by COPY as a city's nightly load would: a
// seeded generator writes the rows to the server as it reads them.
func fillCity(ctx context.Context, conn *pgx.Conn, n int) error {
	rng := rand.New(rand.NewPCG(18, uint64(n)))
	revs := make([][2]string, 0, n)
	err := copyRows(ctx, conn, "COPY service_points (id, rev, district, khoroo, category, status, created, modified, geom) FROM STDIN",
		func(w *bufio.Writer) {
			for i := range n {
				id, rev := annot.NewID(), annot.NewID()
				revs = append(revs, [2]string{id, rev})
				fmt.Fprintf(w, "%s\t%s\tD%d\t%d\tschool\tworking\t2026-05-01 09:00:00+00\t2026-05-01 09:00:00+00\tSRID=4326;POINT(%.6f %.6f)\n",
					id, rev, i%9, (i/9)%23+1, 106.7+rng.Float64()*0.5, 47.8+rng.Float64()*0.2)
			}
		})
	if err != nil {
		return fmt.Errorf("copying service_points: %w", err)
	}
	err = copyRows(ctx, conn, "COPY revisions (id, rev) FROM STDIN", func(w *bufio.Writer) {
		for _, r := range revs {
			fmt.Fprintf(w, "%s\t%s\n", r[0], r[1])
		}
	})
	if err != nil {
		return fmt.Errorf("copying revisions: %w", err)
	}
	_, err = conn.Exec(ctx, "ANALYZE")
	return err
}

// copyRows runs sql, a COPY FROM STDIN, with the text rows write makes.
func copyRows(ctx context.Context, conn *pgx.Conn, sql string, write func(*bufio.Writer)) error {
	r, w := io.Pipe()
	go func() {
		bw := bufio.NewWriterSize(w, 1<<16)
		write(bw)
		w.CloseWithError(bw.Flush())
	}()
	_, err := conn.PgConn().CopyFrom(ctx, r, sql)
	r.Close()
	return err
}
