package office

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/store"
)

// childEnv names the project and database a child sync works on.
const childEnv = "KHOROOMAP_SYNC_CHILD"

// TestSyncChild is the sync process the fault test kills; it does nothing
// unless started by it.
func TestSyncChild(t *testing.T) {
	path, db := os.Getenv(childEnv), os.Getenv(childEnv+"_DB")
	if path == "" {
		t.Skip("run by TestSyncKilledAtRandomPoints")
	}
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	stall := os.Getenv(childEnv + "_STALL")
	faultHook = func(stage string) error {
		if stage == stall {
			fmt.Println("stalled at", stage)
			time.Sleep(2 * time.Second)
		}
		return nil
	}
	if _, err := Sync(context.Background(), p, db, Area{}); err != nil {
		t.Fatal(err)
	}
}

// TestSyncKilledAtRandomPoints: a leader's sync process is killed
// (SIGKILL) at seeded random moments, or its server session ended
// mid-transaction, with edits made between the attempts. Afterwards the
// project opens (its integrity checked), a full sync finishes, the server
// holds each annotation once with its revision, and another laptop sees
// exactly the leader's picture.
func TestSyncKilledAtRandomPoints(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	for i := range 300 {
		a.add("Ус", 106.9+float64(i%20)*1e-3, 47.9+float64(i/20)*1e-3)
	}
	b.add("Ус 2", 106.8, 47.8)
	b.sync(db)
	path := a.p.Path()
	rng := rand.New(rand.NewPCG(18, 6))
	stages := []string{"server-written", "server-committed", "project-written"}
	for i := range 12 {
		a.p.Close()
		stall, kill := stages[(i/2)%3], true
		switch i % 4 {
		case 1:
			stall = "" // a kill at a random moment
		case 3:
			stall, kill = "server-written", false // the server ends the session mid-transaction
		}
		child := exec.Command(os.Args[0], "-test.run=^TestSyncChild$")
		child.Env = append(os.Environ(), childEnv+"="+path, childEnv+"_DB="+db, childEnv+"_STALL="+stall)
		out, err := child.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		if stall != "" {
			bufio.NewReader(out).ReadString('\n') // the child stalls there
		} else {
			time.Sleep(time.Duration(rng.IntN(200)) * time.Millisecond)
		}
		if kill {
			child.Process.Kill()
		} else {
			terminateOthers(t, db)
		}
		go io.Copy(io.Discard, out)
		t.Logf("attempt %d, at %q, killed %v: %v", i+1, stall, kill, child.Wait())
		if a.p, err = store.Open(path); err != nil {
			t.Fatalf("after attempt %d the project does not open: %v", i+1, err)
		}
		s := a.set()
		a.rename(s.Points[rng.IntN(len(s.Points))].ID, "edit")
	}
	t.Cleanup(func() { a.p.Close() })
	a.sync(db)
	if r := a.sync(db); r.Pushed != 0 || r.Pulled != 0 {
		t.Errorf("the sync after the faults left work: pushed %d, pulled %d", r.Pushed, r.Pulled)
	}
	if rows, ids := serverRows(t, db); rows != ids || ids != 301 {
		t.Errorf("server: %d rows, %d IDs; want 301 once each", rows, ids)
	}
	checkServerRevisions(t, db)
	c := newLaptop(t, "office")
	c.sync(db)
	if !slices.Equal(c.picture(), a.picture()) {
		t.Error("another laptop's picture differs from the leader's after the faults")
	}
}

// terminateOthers ends every other session on db, as a server restart or
// an administrator would.
func terminateOthers(t *testing.T, db string) {
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()`); err != nil {
		t.Fatal(err)
	}
}

// checkServerRevisions: every row's current revision is in revisions.
func checkServerRevisions(t *testing.T, db string) {
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var missing int
	if err := conn.QueryRow(context.Background(), `SELECT count(*) FROM (SELECT id, rev FROM service_points UNION ALL
		SELECT id, rev FROM gap_points UNION ALL SELECT id, rev FROM gap_areas) a
		WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.id = a.id AND r.rev = a.rev)`).Scan(&missing); err != nil {
		t.Fatal(err)
	}
	if missing != 0 {
		t.Errorf("%d rows on the server lack their revision", missing)
	}
}
