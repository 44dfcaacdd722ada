package office

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// TestPushIsOneStatementPerTable: pushing 1 or 2,000 annotations, with a
// revision the server lacks and a row merged away, queues the same
// statements: one upsert per table, two for revisions, three tombstones.
func TestPushIsOneStatementPerTable(t *testing.T) {
	for _, n := range []int{1, 2000} {
		s, revs := fresh(n)
		revs.Add(annot.NewID(), annot.NewID())
		srv := emptyServer()
		srv.rows[annot.NewID()] = annot.NewID()
		b := &pgx.Batch{}
		if got := push(b, srv, s, revs, Area{}); got != n+3 {
			t.Errorf("%d points: push says %d annotations, want %d", n, got, n+3)
		}
		if b.Len() != 8 {
			t.Errorf("%d points: %d statements queued, want 8", n, b.Len())
		}
	}
}

// TestPushKeepsTheLastOfTwoRowsWithOneID: a hostile project holding two
// points under one ID pushes one row, the later, as row-by-row upserts
// did, instead of failing the sync (an upsert may not touch a row twice).
func TestPushKeepsTheLastOfTwoRowsWithOneID(t *testing.T) {
	db := initDB(t)
	s, revs := fresh(2)
	s.Points[1].ID, s.Points[1].Name = s.Points[0].ID, "later"
	b := &pgx.Batch{}
	push(b, emptyServer(), s, revs, Area{District: "СБД", Khoroo: 6})
	conn := connect(t, db)
	err := pgx.BeginFunc(context.Background(), conn, func(tx pgx.Tx) error { return runBatch(context.Background(), tx, b) })
	if err != nil {
		t.Fatal(err)
	}
	var n int
	var name string
	if err := conn.QueryRow(context.Background(), "SELECT count(*), max(name) FROM service_points").Scan(&n, &name); err != nil || n != 1 || name != "later" {
		t.Errorf("the server holds %d points named %q (%v), want 1 named later", n, name, err)
	}
}

// TestBulkPushOutsideTheAreaIsRefused: a leader of БЗД 2 whose points lie
// in БЗД 3's boundary (the server files each row by the boundary that
// holds it) cannot write them: the one upsert fails on row-level
// security, the server keeps nothing of the sync, and the error says so.
//
//	БЗД 3: ┌──────┐
//	       │ • •  │  the leader's 300 points
//	       └──────┘
func TestBulkPushOutsideTheAreaIsRefused(t *testing.T) {
	db := initDB(t)
	admin := connect(t, db)
	if _, err := admin.Exec(context.Background(), `INSERT INTO khoroos (district, number, geom)
		VALUES ('БЗД', 3, 'SRID=4326;MULTIPOLYGON(((106.8 47.8, 107 47.8, 107 48, 106.8 48, 106.8 47.8)))')`); err != nil {
		t.Fatal(err)
	}
	leader := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'БЗД', 2)")
	a := newLaptop(t, "Bat")
	s, _ := fresh(300)
	cs := make([]annot.Change, len(s.Points))
	for i := range s.Points {
		cs[i] = annot.Change{NewPoint: &s.Points[i]}
	}
	if err := a.p.ApplyAll(cs); err != nil {
		t.Fatal(err)
	}
	_, err := Sync(context.Background(), a.p, leader, Area{})
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || pgErr.Code != "42501" { // insufficient_privilege: the policy refused a row
		t.Fatalf("a push outside the leader's khoroo: %v, want a row-level security refusal", err)
	}
	if rows, _ := serverRows(t, db); rows != 0 {
		t.Errorf("the refused sync left %d rows on the server", rows)
	}
}
