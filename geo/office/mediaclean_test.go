package office

import (
	"context"
	"errors"
	"testing"
)

// TestCleanPhotos: a sync cut after sending its photos leaves them on the
// server, linked to nothing. The cleanup keeps them for a day, then
// removes them and only them (the photo another sync linked stays); a
// cleanup while a sync is between asking which photos the server lacks
// and linking them removes nothing (busy), and that sync links the old
// photo it found on the server.
func TestCleanPhotos(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 3)
	well := b.add("Худаг", 106.91, 47.9)
	b.withPhotos(well.ID, phs[2])
	b.sync(db)
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, phs[0], phs[1])
	withFault(t, func(stage string) error {
		if stage == "photos-sent" {
			return errors.New("cancelled")
		}
		return nil
	})
	if _, err := Sync(context.Background(), a.p, db, Area{}); err == nil {
		t.Fatal("the cut sync ended well")
	}
	faultHook = nil
	if c := clean(t, db); c.Removed != 0 || count(t, db, "SELECT count(*) FROM photos") != 3 {
		t.Fatalf("a cleanup of photos sent now removed %d of them", c.Removed)
	}
	admin(t, db, "UPDATE photos SET pushed_at = now() - interval '25 hours'")
	a.withPhotos(kiosk.ID, phs[0]) // the kiosk now shows one of the two
	var during Cleaned
	if _, err := Sync(context.Background(), a.p, db, Area{}, OnProgress(func(p Progress) {
		if p.Stage == StageBoundaries {
			during = clean(t, db)
		}
	})); err != nil {
		t.Fatalf("the sync the cleanup ran into: %v", err)
	}
	if !during.Busy || during.Removed != 0 {
		t.Errorf("a cleanup during a sync: %+v, want busy and nothing removed", during)
	}
	if c := clean(t, db); c.Removed != 1 || c.Bytes != int64(len(phs[1].Data)) || c.Busy {
		t.Errorf("the cleanup after: %+v, want the one photo no annotation shows (%d bytes)", c, len(phs[1].Data))
	}
	if n := count(t, db, "SELECT count(*) FROM photos WHERE sha256 = ANY($1)", []string{phs[0].ID, phs[2].ID}); n != 2 {
		t.Errorf("%d of the 2 linked photos are left", n)
	}
}

func clean(t *testing.T, db string) Cleaned {
	t.Helper()
	c, err := CleanPhotos(context.Background(), db, PhotoGrace)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
