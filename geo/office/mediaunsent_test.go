package office

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// TestBadPhotosStayBehind: a kiosk shows five photos: a good one, one
// stored as a GIF, a pixel bomb (its hash right), one cut short (not its
// hash's data) and one the server refuses (a check an office added). The
// sync goes on without the four: the server gets the kiosk linked to the
// good photo, the result names each photo left out and why, on the
// kiosk, and the laptop keeps all five, through a second sync that
// changes nothing and one that pulls another leader's well.
func TestBadPhotosStayBehind(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 5)
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, phs...)
	bomb := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	underProject(t, a, fmt.Sprintf(`UPDATE media SET content_type = 'image/gif' WHERE uuid = '%s'`, phs[1].ID),
		fmt.Sprintf(`UPDATE media SET data = x'%x', uuid = '%s' WHERE uuid = '%s'`, bomb, photo.ID(bomb), phs[2].ID),
		fmt.Sprintf(`UPDATE media SET data = substr(data, 1, 200) WHERE uuid = '%s'`, phs[3].ID))
	admin(t, db, `ALTER TABLE photos ADD CONSTRAINT no_fifth CHECK (name <> 'IMG_0005.jpg')`)
	shown := a.point(kiosk.ID).Photos
	r := a.sync(db)
	want := []struct {
		photo string
		why   Refusal
		words string
	}{{phs[1].ID, PhotoWrongType, `"image/gif" is not a JPEG or PNG`}, {photo.ID(bomb), PhotoDamaged, "60000x60000 pixels is too large"},
		{phs[3].ID, PhotoDamaged, "not the photo its SHA-256 names"}, {phs[4].ID, PhotoRefused, "no_fifth"}}
	if len(r.Unsent) != len(want) || r.PhotosSent != 1 || r.Pushed != 1 {
		t.Fatalf("sent %d photos with %d annotations, left out %v; want the good photo with the kiosk and 4 left out", r.PhotosSent, r.Pushed, r.Unsent)
	}
	for i, w := range want {
		u, line := r.Unsent[i], r.Unsent[i].String()
		if u.Photo != w.photo || u.Why != w.why || u.Annotation != kiosk.ID || !strings.Contains(line, w.words) || !strings.Contains(line, `"Ус"`) {
			t.Errorf("left out #%d: %s (%s); want photo %.12s, %s, %q on the kiosk", i, line, u.Why, w.photo, w.why, w.words)
		}
	}
	if got := serverLinks(t, db, kiosk.ID); !slices.Equal(got, []string{phs[0].ID}) {
		t.Errorf("the server links the kiosk to %.12q, want the good photo only", got)
	}
	if r := a.sync(db); r.PhotosSent+r.Pushed+r.Pulled != 0 || len(r.Unsent) != 4 {
		t.Errorf("a second sync sent %d photos, pushed %d, pulled %d, left out %d; want nothing done and the 4 named again", r.PhotosSent, r.Pushed, r.Pulled, len(r.Unsent))
	}
	if r := b.sync(db); r.PhotosReceived != 1 || !slices.Equal(b.point(kiosk.ID).Photos, []string{phs[0].ID}) {
		t.Errorf("another laptop received %d photos and shows %.12q on the kiosk, want the good one", r.PhotosReceived, b.point(kiosk.ID).Photos)
	}
	b.add("Худаг", 106.91, 47.9)
	b.sync(db)
	if r := a.sync(db); r.Pulled != 1 || !slices.Equal(a.point(kiosk.ID).Photos, shown) {
		t.Errorf("after pulling %d annotations the laptop shows %.12q on the kiosk, want its five %.12q", r.Pulled, a.point(kiosk.ID).Photos, shown)
	}
}

// admin runs stmt on db as its owner.
func admin(t *testing.T, db, stmt string) {
	t.Helper()
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), stmt); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}
