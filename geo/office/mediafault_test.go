package office

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestPhotoUploadResumes: photos go up a chunk per transaction. A sync
// cut after the first chunk leaves that chunk's photos whole on the
// server and the project as it was; the next sends only the rest, and
// nothing is stored twice.
func TestPhotoUploadResumes(t *testing.T) {
	db := initDB(t)
	a := newLaptop(t, "Bat")
	phs := testPhotos(t, 5)
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, phs...)
	before := a.picture()
	old := photoChunk
	photoChunk = len(phs[0].Data) + 1 // two photos a chunk
	t.Cleanup(func() { photoChunk = old })
	cut := errors.New("the network went away")
	withFault(t, func(stage string) error {
		if stage == "photos-sent" {
			return cut
		}
		return nil
	})
	if _, err := Sync(context.Background(), a.p, db, Area{}); !errors.Is(err, cut) {
		t.Fatalf("the cut sync: %v", err)
	}
	if n := count(t, db, "SELECT count(*) FROM photos"); n != 2 {
		t.Errorf("after one chunk the server holds %d photos, want 2", n)
	}
	if !slices.Equal(a.picture(), before) || count(t, db, "SELECT count(*) FROM service_points") != 0 {
		t.Error("the cut sync changed the project or wrote the kiosk")
	}
	faultHook = nil
	if r := a.sync(db); r.PhotosSent != 3 {
		t.Errorf("the resumed sync sent %d photos, want the 3 left", r.PhotosSent)
	}
	if n, d := count(t, db, "SELECT count(*) FROM photos"), count(t, db, "SELECT count(DISTINCT sha256) FROM photos"); n != 5 || d != 5 {
		t.Errorf("server: %d photos (%d distinct), want 5", n, d)
	}
	if got := count(t, db, "SELECT count(*) FROM annotation_photos WHERE annotation = $1", kiosk.ID); got != 5 {
		t.Errorf("the kiosk has %d links, want 5", got)
	}
}

// TestPhotoDownloadCut: a sync cut after its first photo came in leaves
// the project without the kiosks and without that photo (one
// transaction); the next sync brings both photos once.
func TestPhotoDownloadCut(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 2)
	kiosk, well := a.add("Ус", 106.9, 47.9), a.add("Худаг", 106.91, 47.9)
	a.withPhotos(kiosk.ID, phs[0])
	a.withPhotos(well.ID, phs[1])
	a.sync(db)
	cut := errors.New("the laptop was closed")
	withFault(t, func(stage string) error {
		if stage == "photo-received" {
			return cut
		}
		return nil
	})
	if _, err := Sync(context.Background(), b.p, db, Area{}); !errors.Is(err, cut) {
		t.Fatalf("the cut sync: %v", err)
	}
	if missing, _ := b.p.MissingPhotos([]string{phs[0].ID, phs[1].ID}); len(b.set().Points) != 0 || len(missing) != 2 {
		t.Errorf("after the cut the project has %d points and lacks %d of 2 photos; want nothing of the sync", len(b.set().Points), len(missing))
	}
	faultHook = nil
	if r := b.sync(db); r.PhotosReceived != 2 || r.Pulled != 2 {
		t.Errorf("the next sync received %d photos with %d annotations, want 2 with 2", r.PhotosReceived, r.Pulled)
	}
	if r := b.sync(db); r.PhotosReceived+r.Pulled != 0 {
		t.Errorf("a third sync received %d photos, pulled %d", r.PhotosReceived, r.Pulled)
	}
}

// TestServerWithoutPhotos: a server set up before photos synced is
// refused in one line that says to run db-init, before anything is sent.
func TestServerWithoutPhotos(t *testing.T) {
	db := initDB(t)
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), "DROP TABLE annotation_photos, photos"); err != nil {
		t.Fatal(err)
	}
	a := newLaptop(t, "Bat")
	a.add("Ус", 106.9, 47.9)
	_, err = Sync(context.Background(), a.p, db, Area{})
	if err == nil || !strings.Contains(err.Error(), "run khoroomap db-init") || strings.Contains(err.Error(), "\n") {
		t.Errorf("got %v, want one line asking for db-init", err)
	}
	if n := count(t, db, "SELECT count(*) FROM service_points"); n != 0 {
		t.Errorf("the refused sync wrote %d points", n)
	}
}
