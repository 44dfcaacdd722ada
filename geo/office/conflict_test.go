package office

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// TestConflictComesBackForReview: both leaders rename the same kiosk
// between syncs; both versions survive on both sides, marked for review.
func TestConflictComesBackForReview(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	kiosk := a.add("Ус", 106.90, 47.91)
	a.sync(db)
	b.sync(db)
	a.rename(kiosk.ID, "Ус (A)")
	b.rename(kiosk.ID, "Ус (B)")
	a.sync(db)
	if r := b.sync(db); len(r.Report.Conflicts) != 1 {
		t.Errorf("B's sync reports %d conflicts, want 1:\n%s", len(r.Report.Conflicts), r.Report)
	}
	a.sync(db)
	for _, l := range []*laptop{a, b} {
		names := map[string]string{}
		for _, p := range l.set().Points {
			names[p.Name] = p.Review
		}
		if len(names) != 2 || names["Ус (A)"] == "" || names["Ус (B)"] == "" {
			t.Errorf("%s: points %v; want both versions, each with a review reason", l.who, names)
		}
	}
	if !slices.Equal(a.picture(), b.picture()) {
		t.Errorf("after the conflict the laptops differ:\n%s\n--\n%s", strings.Join(a.picture(), "\n"), strings.Join(b.picture(), "\n"))
	}
}

// TestDeletionSyncs: a deletion on one laptop reaches the other and the
// server keeps a tombstone; deleted here but edited there is kept.
func TestDeletionSyncs(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	gone := a.add("хаагдсан", 106.90, 47.91)
	kept := a.add("маргаантай", 106.91, 47.91)
	a.sync(db)
	b.sync(db)
	for _, id := range []string{gone.ID, kept.ID} {
		p := a.point(id)
		a.apply(annot.Change{OldPoint: &p})
	}
	b.rename(kept.ID, "засварласан")
	a.sync(db)
	b.sync(db)
	a.sync(db)
	for _, l := range []*laptop{a, b} {
		s := l.set()
		if _, ok := s.Point(gone.ID); ok {
			t.Errorf("%s still has the deleted point", l.who)
		}
		if p, ok := s.Point(kept.ID); !ok || p.Review == "" {
			t.Errorf("%s: the point deleted by A and edited by B: %v %q; want kept for review", l.who, ok, p.Review)
		}
	}
}

// TestConcurrentLeaders: eight leaders push and pull at once, two of them
// editing the same point; no sync fails or retries, no row is lost or
// doubled.
func TestConcurrentLeaders(t *testing.T) {
	db := initDB(t)
	seed := newLaptop(t, "seed")
	shared := seed.add("нийтийн", 106.9, 47.9)
	seed.sync(db)
	leaders := make([]*laptop, 8)
	for i := range leaders {
		leaders[i] = newLaptop(t, "leader"+string(rune('A'+i)))
		leaders[i].sync(db)
		for j := range 5 {
			leaders[i].add("цэг", 106.8+float64(i)*0.01, 47.8+float64(j)*0.01)
		}
	}
	leaders[0].rename(shared.ID, "A засав")
	leaders[1].rename(shared.ID, "B засав")
	var wg sync.WaitGroup
	errs, results := make([]error, len(leaders)), make([]*Result, len(leaders))
	for i, l := range leaders {
		wg.Go(func() { results[i], errs[i] = Sync(context.Background(), l.p, db, Area{}) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("leader %d: %v", i, err)
		} else if results[i].Tries != 1 {
			// the syncs of one area take turns rather than retry
			t.Errorf("leader %d's sync took %d tries, want 1", i, results[i].Tries)
		}
	}
	seed.sync(db)
	// 1 shared + its conflict copy + 8×5 new points
	if n := len(seed.set().Points); n != 42 {
		t.Errorf("after 8 concurrent syncs the office sees %d points, want 42", n)
	}
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var rows, ids int
	if err := conn.QueryRow(context.Background(), "SELECT count(*), count(DISTINCT id) FROM service_points WHERE NOT deleted").Scan(&rows, &ids); err != nil || rows != 42 || ids != 42 {
		t.Errorf("server: %d rows, %d IDs (%v); want 42 and 42", rows, ids, err)
	}
}
