package office

import (
	"context"
	"fmt"
	"image/color"
	"slices"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// testPhotos makes n small distinct photos, reduced as an import would.
func testPhotos(t testing.TB, n int) []photo.Photo {
	t.Helper()
	var out []photo.Photo
	for i := range n {
		img := phototest.Quadrants(40+i, 30)
		img.SetNRGBA(0, 0, color.NRGBA{uint8(i), uint8(i >> 8), 2, 255})
		ph, err := photo.Reduce(fmt.Sprintf("IMG_%04d.jpg", i+1), phototest.JPEG(img, phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9}))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ph)
	}
	return out
}

// withPhotos stores phs and shows them on the point id, in that order.
func (l *laptop) withPhotos(id string, phs ...photo.Photo) {
	l.t.Helper()
	old := l.point(id)
	p := old
	p.Photos, p.Meta = nil, old.Meta.Touched(l.who, l.now())
	for _, ph := range phs {
		p.Photos = append(p.Photos, ph.ID)
	}
	if err := l.p.ApplyWithPhotos(phs, []annot.Change{{OldPoint: &old, NewPoint: &p}}); err != nil {
		l.t.Fatal(err)
	}
}

// count runs a SELECT count(*) … on db.
func count(t *testing.T, db, sql string, args ...any) int {
	t.Helper()
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(context.Background(), sql, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return n
}

// TestPhotosSync: A's kiosk and well share a photo; it is stored once on
// the server, and B receives the photos with the annotations, in order.
// A second sync sends and receives nothing. A removes the shared photo
// from the kiosk: the well keeps it, on both laptops and the server.
func TestPhotosSync(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 2)
	kiosk, well := a.add("Ус", 106.9, 47.9), a.add("Худаг", 106.91, 47.9)
	a.withPhotos(kiosk.ID, phs[1], phs[0])
	a.withPhotos(well.ID, phs[0])
	if r := a.sync(db); r.PhotosSent != 2 || r.PhotoBytesSent != int64(len(phs[0].Data)+len(phs[1].Data)) {
		t.Errorf("A sent %d photos, %d bytes; want 2 and their bytes", r.PhotosSent, r.PhotoBytesSent)
	}
	if n, links := count(t, db, "SELECT count(*) FROM photos"), count(t, db, "SELECT count(*) FROM annotation_photos"); n != 2 || links != 3 {
		t.Errorf("server: %d photos, %d links; want 2, 3", n, links)
	}
	if r := b.sync(db); r.PhotosReceived != 2 || r.Pulled != 2 {
		t.Errorf("B received %d photos with %d annotations, want 2 with 2", r.PhotosReceived, r.Pulled)
	}
	if got, want := b.point(kiosk.ID).Photos, []string{phs[1].ID, phs[0].ID}; !slices.Equal(got, want) {
		t.Errorf("B's kiosk shows %v, want %v", got, want)
	}
	if ph, err := b.p.Photo(phs[1].ID); err != nil || !slices.Equal(ph.Data, phs[1].Data) || !ph.HasGPS {
		t.Errorf("B's copy of the photo: %v (GPS %v), want the same bytes and place", err, ph.HasGPS)
	}
	for _, l := range []*laptop{a, b} {
		if r := l.sync(db); r.PhotosSent+r.PhotosReceived+r.Pushed+r.Pulled != 0 {
			t.Errorf("%s's second sync: %+v", l.who, r)
		}
	}
	a.withPhotos(kiosk.ID, phs[1])
	a.sync(db)
	b.sync(db)
	if got := b.point(kiosk.ID).Photos; !slices.Equal(got, []string{phs[1].ID}) {
		t.Errorf("B's kiosk shows %v after A removed a photo", got)
	}
	if got := b.point(well.ID).Photos; !slices.Equal(got, []string{phs[0].ID}) {
		t.Errorf("B's well shows %v, want the photo the kiosk no longer shows", got)
	}
	if n, links := count(t, db, "SELECT count(*) FROM photos"), count(t, db, "SELECT count(*) FROM annotation_photos"); n != 2 || links != 2 {
		t.Errorf("server: %d photos, %d links; want 2, 2", n, links)
	}
}

// TestUndonePhotoIsUnlinked: in the window a leader adds a photo to the
// kiosk that the well shows too, syncs, then undoes the add and syncs
// again. The server unlinks it from the kiosk only; the photo stays,
// with the well.
func TestUndonePhotoIsUnlinked(t *testing.T) {
	db := initDB(t)
	a := newLaptop(t, "Bat")
	ph := testPhotos(t, 1)[0]
	kiosk, well := a.add("Ус", 106.9, 47.9), a.add("Худаг", 106.91, 47.9)
	a.withPhotos(well.ID, ph)
	ws := &workspace.Workspace{Now: a.now}
	ws.Open(a.p, a.set())
	with := a.point(kiosk.ID)
	with.Photos = []string{ph.ID}
	old := a.point(kiosk.ID)
	if _, err := ws.Edit(annot.Change{OldPoint: &old, NewPoint: &with}, "Bat"); err != nil {
		t.Fatal(err)
	}
	a.sync(db)
	if n := count(t, db, "SELECT count(*) FROM annotation_photos WHERE annotation = $1", kiosk.ID); n != 1 {
		t.Fatalf("the kiosk has %d links after the add, want 1", n)
	}
	if _, ok, err := ws.Undo("Bat"); !ok || err != nil {
		t.Fatalf("undo: %v, %v", ok, err)
	}
	a.sync(db)
	kioskLinks := count(t, db, "SELECT count(*) FROM annotation_photos WHERE annotation = $1", kiosk.ID)
	wellLinks := count(t, db, "SELECT count(*) FROM annotation_photos WHERE annotation = $1", well.ID)
	if kioskLinks != 0 || wellLinks != 1 || count(t, db, "SELECT count(*) FROM photos") != 1 {
		t.Errorf("after the undo: kiosk %d links, well %d; want 0 and 1, the photo kept", kioskLinks, wellLinks)
	}
}
