package office

import (
	"context"
	"errors"
	"slices"
	"testing"
)

// withFault sets faultHook for one test.
func withFault(t *testing.T, hook func(stage string) error) {
	faultHook = hook
	t.Cleanup(func() { faultHook = nil })
}

func serverRows(t *testing.T, db string) (rows, ids int) {
	t.Helper()
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if err := conn.QueryRow(context.Background(), `SELECT count(*), count(DISTINCT id) FROM
		(SELECT id FROM service_points UNION ALL SELECT id FROM gap_points UNION ALL SELECT id FROM gap_areas) a`).Scan(&rows, &ids); err != nil {
		t.Fatal(err)
	}
	return rows, ids
}

// TestConnectionDroppedMidTransaction: the server ends the session after
// the writes, before the commit. Nothing of it stays on the server, the
// project is untouched, and the next sync pushes everything once.
func TestConnectionDroppedMidTransaction(t *testing.T) {
	db := initDB(t)
	a := newLaptop(t, "Bat")
	a.add("Ус", 106.9, 47.9)
	a.addGap(106.91, 47.91)
	before := a.picture()
	withFault(t, func(stage string) error {
		if stage == "server-written" {
			conn, err := Connect(context.Background(), db)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			_, err = conn.Exec(context.Background(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid()`)
			return err
		}
		return nil
	})
	if _, err := Sync(context.Background(), a.p, db, Area{}); err == nil {
		t.Fatal("a sync whose connection was dropped reported success")
	}
	if rows, _ := serverRows(t, db); rows != 0 {
		t.Errorf("the dropped transaction left %d rows on the server", rows)
	}
	if !slices.Equal(a.picture(), before) {
		t.Error("the dropped sync changed the project")
	}
	faultHook = nil
	if r := a.sync(db); r.Pushed != 2 {
		t.Errorf("the resumed sync pushed %d, want 2", r.Pushed)
	}
	if rows, ids := serverRows(t, db); rows != 2 || ids != 2 {
		t.Errorf("server: %d rows, %d IDs; want 2, 2", rows, ids)
	}
}

// TestLaptopClosedAfterServerCommit: the server took the merge (with a
// conflict copy) but the laptop stopped before writing it. The next sync
// finishes the job without a second conflict copy.
func TestLaptopClosedAfterServerCommit(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	kiosk := a.add("Ус", 106.9, 47.9)
	a.sync(db)
	b.sync(db)
	a.rename(kiosk.ID, "A")
	b.rename(kiosk.ID, "B")
	a.sync(db)
	closed := errors.New("the laptop was closed")
	withFault(t, func(stage string) error {
		if stage == "server-committed" {
			return closed
		}
		return nil
	})
	if _, err := Sync(context.Background(), b.p, db, Area{}); !errors.Is(err, closed) {
		t.Fatalf("sync stopped after the commit: %v", err)
	}
	faultHook = nil
	b.sync(db)
	b.sync(db)
	a.sync(db)
	if rows, ids := serverRows(t, db); rows != 2 || ids != 2 {
		t.Errorf("server: %d rows, %d IDs; want the kiosk and one conflict copy", rows, ids)
	}
	if !slices.Equal(a.picture(), b.picture()) || len(b.picture()) != 2 {
		t.Errorf("laptops differ or lost a version:\n%v\n%v", a.picture(), b.picture())
	}
}
