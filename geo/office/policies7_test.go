package office

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestPhotoLinksCallNoFunctionPerRow: a leader's push of 202 annotations
// with a photo each links them in one statement whose row-level security
// calls neither writes_annotation nor writes_area per row (version 5's
// policy called both for every link), and reading the links and the
// photo back calls neither reads_annotation nor reads_khoroo (version
// 5's reads policy called reads_annotation for every link, 404 calls
// here). Calls are counted by track_functions in the leader's own
// transaction.
func TestPhotoLinksCallNoFunctionPerRow(t *testing.T) {
	db := initDB(t)
	leader := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'СБД', 6)")
	ctx := context.Background()
	admin := connect(t, db)
	if _, err := admin.Exec(ctx, "ALTER ROLE "+roleOf(t, leader)+" SET track_functions = 'all'"); err != nil {
		t.Fatal(err)
	}
	ph := testPhotos(t, 1)[0]
	if _, err := admin.Exec(ctx, "INSERT INTO photos (sha256, data, mime, size) VALUES ($1, $2, $3, $4)", ph.ID, ph.Data, ph.ContentType, len(ph.Data)); err != nil {
		t.Fatal(err)
	}
	s, revs := fresh(200)
	for i := range s.Points {
		s.Points[i].Photos = []string{ph.ID}
	}
	for i := range s.Gaps {
		s.Gaps[i].Photos = []string{ph.ID}
	}
	b := &pgx.Batch{}
	push(b, emptyServer(), s, revs, Area{District: "СБД", Khoroo: 6})
	queuePhotoLinks(b, emptyServer(), s, nil, nil)
	err := pgx.BeginFunc(ctx, connect(t, leader), func(tx pgx.Tx) error {
		if err := runBatch(ctx, tx, b); err != nil {
			return err
		}
		var calls, links, photos int64
		if err := tx.QueryRow(ctx, `SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions
			WHERE funcname IN ('writes_annotation', 'writes_area')`).Scan(&calls); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM annotation_photos`).Scan(&links); err != nil {
			return err
		}
		if calls != 0 || links != 202 {
			t.Errorf("linking 202 annotations' photos: %d links, %d calls of the access functions", links, calls)
		}
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM photos`).Scan(&photos); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, `SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions
			WHERE funcname IN ('reads_annotation', 'reads_khoroo')`).Scan(&calls); err != nil {
			return err
		}
		if calls != 0 || photos != 1 {
			t.Errorf("reading back 202 links and their photo: %d photos, %d calls of the access functions", photos, calls)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
