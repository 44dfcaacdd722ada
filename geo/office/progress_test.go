package office

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestSyncProgress: a sync reports its stages in order, the photos sent
// after each chunk (two a chunk here) and those received one by one,
// each stage ending with all its photos done.
func TestSyncProgress(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 5)
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, phs...)
	old := photoChunk
	photoChunk = len(phs[0].Data) + 1
	t.Cleanup(func() { photoChunk = old })
	for _, c := range []struct {
		l    *laptop
		want []string
	}{
		{a, []string{"1 0/5", "1 2/5", "1 4/5", "1 5/5", "2 0/0", "3 0/0"}},
		{b, []string{"1 0/0", "2 0/0", "3 0/0", "4 0/5", "4 1/5", "4 2/5", "4 3/5", "4 4/5", "4 5/5"}},
	} {
		var got []string
		if _, err := Sync(context.Background(), c.l.p, db, Area{}, OnProgress(func(p Progress) {
			got = append(got, fmt.Sprintf("%d %d/%d", p.Stage, p.Done, p.Total))
		})); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s's sync reported %q, want %q", c.l.who, got, c.want)
		}
	}
}
