package office

import (
	"context"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office/pgtest"
)

// TestIncrementalSyncReadsOnlyChanges: after a first sync, a leader's
// sync reads the rows written since and the ones it changed, not the
// whole khoroo, and still reaches the same picture.
func TestIncrementalSyncReadsOnlyChanges(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	var first string
	for i := range 40 {
		p := a.add("Ус", 106.9+float64(i)*1e-3, 47.9)
		if i == 0 {
			first = p.ID
		}
	}
	if r := a.sync(db); r.Fetched != 0 {
		t.Errorf("A's first sync to an empty server fetched %d rows", r.Fetched)
	}
	if r := b.sync(db); r.Fetched != 40 || r.Pulled != 40 {
		t.Errorf("B's first sync fetched %d, pulled %d; want 40, 40", r.Fetched, r.Pulled)
	}
	b.rename(first, "Ус (шинэ)")
	b.add("Ус 2", 106.8, 47.8)
	if r := b.sync(db); r.Fetched > 1 || r.Pushed != 2 {
		t.Errorf("B's incremental sync fetched %d rows (want at most the one edited), pushed %d", r.Fetched, r.Pushed)
	}
	if r := a.sync(db); r.Fetched > 3 || r.Pulled != 2 {
		t.Errorf("A's incremental sync fetched %d rows, pulled %d; want at most 3, 2", r.Fetched, r.Pulled)
	}
	if got := a.point(first).Name; got != "Ус (шинэ)" {
		t.Errorf("A sees %q after B's edit", got)
	}
	for _, l := range []*laptop{a, b} {
		if r := l.sync(db); r.Pushed != 0 || r.Pulled != 0 {
			t.Errorf("%s's sync of a synced project: pushed %d, pulled %d", l.who, r.Pushed, r.Pulled)
		}
	}
}

// TestCursorKeepsALateCommit: a write whose transaction began before a
// sync and committed after it is pulled by the next sync, although later
// writes committed first (a cursor on the largest change seen would skip
// it).
func TestCursorKeepsALateCommit(t *testing.T) {
	db := initDB(t)
	ctx := context.Background()
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	a.add("Ус", 106.9, 47.9)
	a.sync(db)
	slow, err := Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close(ctx)
	tx, err := slow.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO service_points (id, rev, category, status, created, modified, geom)
		VALUES (gen_random_uuid(), gen_random_uuid(), 'school', 'working', now(), now(), ST_SetSRID(ST_MakePoint(106.95, 47.95), 4326))`); err != nil {
		t.Fatal(err)
	}
	b.add("Ус 2", 106.91, 47.91)
	b.sync(db)
	if r := a.sync(db); r.Pulled != 1 {
		t.Fatalf("A pulled %d while the slow write was open, want B's 1", r.Pulled)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if r := a.sync(db); r.Pulled != 1 {
		t.Errorf("A pulled %d after the slow write committed, want it (1)", r.Pulled)
	}
	if n := len(a.set().Points); n != 3 {
		t.Errorf("A has %d points, want 3", n)
	}
}

// TestCursorPerDatabase: a project synced with two office databases keeps
// a cursor for each, so the second one's older rows are not skipped.
func TestCursorPerDatabase(t *testing.T) {
	db1, db2 := initDB(t), initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	b.add("Ус 2", 106.91, 47.91)
	b.sync(db2)
	a.add("Ус", 106.9, 47.9)
	a.sync(db1)
	a.rename(a.set().Points[0].ID, "Ус 1")
	a.sync(db1)
	if r := a.sync(db2); r.Pulled != 1 {
		t.Errorf("A's first sync with the second database pulled %d, want B's 1", r.Pulled)
	}
}

// TestUpgradedDatabaseSyncs: a database made at schema version 2 with
// rows in it takes version 3, and a project syncs with it whole.
func TestUpgradedDatabaseSyncs(t *testing.T) {
	ctx := context.Background()
	db := pgtest.DB(t)
	conn, err := Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, migrationsTable); err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:2] {
		if err := apply(ctx, conn, m); err != nil {
			t.Fatal(err)
		}
	}
	b := newLaptop(t, "Saran")
	b.add("Ус 2", 106.91, 47.91)
	if _, err := Sync(ctx, b.p, db, Area{}); err == nil {
		t.Error("a sync with a version-2 database succeeded; want a message to run db-init")
	}
	if _, err := Init(ctx, db); err != nil {
		t.Fatal(err)
	}
	b.sync(db)
	a := newLaptop(t, "Bat")
	if r := a.sync(db); r.Pulled != 1 {
		t.Errorf("A pulled %d from the upgraded database, want 1", r.Pulled)
	}
}

// TestGarbledCursorReadsWhole: a cursor the project file garbled is not
// sent to the server; the sync reads the area whole.
func TestGarbledCursorReadsWhole(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	b.add("Ус 2", 106.91, 47.91)
	b.sync(db)
	a.sync(db)
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	cur, err := readCursor(context.Background(), conn, a.p, Area{})
	if err != nil || cur.since == "" {
		t.Fatalf("no cursor saved after a sync: %q, %v", cur.since, err)
	}
	bads := []string{"", "{", `{"since": 7}`, `{"since": "1:2:/1", "rows": []}`}
	for _, since := range []string{"1:1:'); DROP TABLE service_points; --/1", "9:8:7/x", "18446744073709551615:1:/1",
		"5:9:7,6/3", "5:9:10/3", "0:0:/0", "1:2:/99999999999999999999"} {
		bads = append(bads, `{"since": "`+since+`", "rows": {}}`)
	}
	for _, bad := range bads {
		if err := a.p.SetSetting(cur.key, bad); err != nil {
			t.Fatal(err)
		}
		if r := a.sync(db); r.Fetched != 1 {
			t.Errorf("cursor %q: fetched %d, want the area whole (1)", bad, r.Fetched)
		}
	}
}

// TestIncrementalPullsOwnAnnotationsOutsideTheArea: an edit by someone
// else to one of the project's annotations is pulled even when that
// annotation lies outside the area the project syncs.
func TestIncrementalPullsOwnAnnotationsOutsideTheArea(t *testing.T) {
	db := initDB(t)
	a, city := newLaptop(t, "Bat"), newLaptop(t, "city")
	kiosk := a.add("Ус", 106.9, 47.9)
	own := Area{District: "СБД", Khoroo: 6}
	if _, err := Sync(context.Background(), a.p, db, own); err != nil {
		t.Fatal(err)
	}
	city.sync(db)
	city.rename(kiosk.ID, "Ус (хотоос)")
	city.sync(db) // the city has no area: the row leaves СБД/6
	r, err := Sync(context.Background(), a.p, db, own)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.point(kiosk.ID).Name; got != "Ус (хотоос)" || r.Pulled != 1 {
		t.Errorf("A sees %q (pulled %d) after the city's edit", got, r.Pulled)
	}
}
