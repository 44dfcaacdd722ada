package office

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// Statements that put crafted photo rows on the server directly, after
// its checks were dropped (as a careless office might): putPhotoRow takes
// the data whose SHA-256 is the key ($1), its type ($2) and what follows
// the data ($3: a forged row's data is not its hash's); putHugePhoto
// stores 32 MB and a byte.
const (
	dropPhotoChecks = `ALTER TABLE photos DROP CONSTRAINT photos_mime_check, DROP CONSTRAINT photos_check1, DROP CONSTRAINT photos_size_check`
	putPhotoRow     = `INSERT INTO photos (sha256, data, mime, size)
		VALUES (encode(sha256($1), 'hex'), $1 || $3::bytea, $2, octet_length($1) + octet_length($3::bytea))`
	putHugePhoto = `INSERT INTO photos (sha256, data, mime, size) SELECT encode(sha256(d), 'hex'), d, 'image/jpeg', octet_length(d)
		FROM (SELECT decode(repeat('00', 33554433), 'hex') d) x RETURNING sha256`
)

// TestRefusedServerPhotos: another leader's kiosk, well and school are
// linked on the server, beside their good photos, to five crafted
// photos. A laptop's first sync refuses the five and goes on: the three
// annotations and the good photos arrive, the result names each refused
// photo on its annotation and why, and the server keeps every photo and
// link. A second sync changes nothing and names them again; the
// laptop's edits of the three, pushed, leave the server's links as they
// were; the other leader's rename of the kiosk pulls it again, and its
// refused photo is refused again, named once. The progress of the
// photos received counts the refused ones too, and ends full.
func TestRefusedServerPhotos(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 4)
	kiosk, well, school := a.add("Ус", 106.9, 47.9), a.add("Худаг", 106.91, 47.9), a.add("Сургууль", 106.92, 47.9)
	a.withPhotos(kiosk.ID, phs[0])
	a.withPhotos(well.ID, phs[1])
	a.sync(db)
	junk, bomb := []byte("not a photo at all"), []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	huge := craftPhotos(t, db, junk, bomb, phs[2].Data, phs[3].Data)
	bad := map[string]struct {
		why   Refusal
		words string
	}{
		photo.ID(junk): {PhotoDamaged, "not a JPEG or PNG photo"},
		photo.ID(bomb): {PhotoDamaged, "60000x60000 pixels is too large"},
		phs[2].ID:      {PhotoWrongType, `"image/gif" is not a JPEG or PNG`},
		phs[3].ID:      {PhotoDamaged, "not the photo its SHA-256 names"},
		huge:           {PhotoTooLarge, "33554433 bytes is over the 32 MB"},
	}
	links := map[string][]string{kiosk.ID: {phs[0].ID, photo.ID(junk)}, well.ID: {photo.ID(bomb), phs[1].ID, phs[2].ID}, school.ID: {phs[3].ID, huge}}
	for id, phs := range links {
		link(t, db, id, phs...)
	}
	check := func(when string, r *Result) {
		t.Helper()
		if len(r.Refused) != len(bad) {
			t.Errorf("%s: %d photos refused, want %d: %v", when, len(r.Refused), len(bad), r.Refused)
		}
		for _, f := range r.Refused {
			w, line := bad[f.Photo], f.String()
			if !slices.Contains(links[f.Annotation], f.Photo) || f.Label != b.point(f.Annotation).Name || f.Why != w.why ||
				!strings.Contains(line, w.words) || !strings.Contains(line, "not received, left on the server") {
				t.Errorf("%s: %s (%s); want it on the annotation the server links it to, named as the laptop has it, %s, %q", when, line, f.Why, w.why, w.words)
			}
		}
		for id, want := range links {
			if got := serverLinks(t, db, id); !slices.Equal(got, want) {
				t.Errorf("%s: the server links %s to %.12q, want %.12q", when, id, got, want)
			}
		}
		if n := count(t, db, "SELECT count(*) FROM photos"); n != 7 {
			t.Errorf("%s: the server holds %d photos, want 7", when, n)
		}
		if got := b.point(kiosk.ID).Photos; !slices.Equal(got, []string{phs[0].ID}) || len(b.point(school.ID).Photos) != 0 {
			t.Errorf("%s: the laptop's kiosk shows %.12q, its school %.12q; want the good photo, none", when, got, b.point(school.ID).Photos)
		}
	}
	var last Progress
	r, err := Sync(context.Background(), b.p, db, Area{}, OnProgress(func(p Progress) { last = p }))
	if err != nil {
		t.Fatal(err)
	}
	if r.Pulled != 3 || r.PhotosReceived != 2 || !slices.Equal(b.point(well.ID).Photos, []string{phs[1].ID}) {
		t.Errorf("the first sync pulled %d annotations and %d photos, the well shows %.12q; want 3, 2 and its good photo", r.Pulled, r.PhotosReceived, b.point(well.ID).Photos)
	}
	if last.Stage != StagePhotosReceived || last.Done != 7 || last.Total != 7 {
		t.Errorf("the first sync's progress ended at %+v, want the 7 photos received or refused of 7", last)
	}
	check("first sync", r)
	if r = b.sync(db); r.Pushed+r.Pulled+r.PhotosReceived+r.PhotosSent != 0 {
		t.Errorf("a second sync pushed %d, pulled %d, received %d photos, sent %d; want nothing", r.Pushed, r.Pulled, r.PhotosReceived, r.PhotosSent)
	}
	check("second sync", r)
	for _, id := range []string{kiosk.ID, well.ID, school.ID} {
		b.rename(id, b.point(id).Name+" (засвар)")
	}
	if r = b.sync(db); r.Pushed != 3 {
		t.Errorf("the sync of the laptop's edits pushed %d, want 3", r.Pushed)
	}
	check("the laptop's edits pushed", r)
	a.sync(db)
	a.rename(kiosk.ID, "Ус 2")
	a.sync(db)
	if r = b.sync(db); r.Pulled != 1 || b.point(kiosk.ID).Name != "Ус 2" {
		t.Errorf("the sync after the other's rename pulled %d, the kiosk is %q; want 1, \"Ус 2\"", r.Pulled, b.point(kiosk.ID).Name)
	}
	check("the kiosk pulled again", r)
}

// craftPhotos puts on db, without its checks, the photos junk and bomb
// (JPEGs that are not), gif (stored as a GIF), forged (with a byte more
// than its hash's) and a huge one, whose ID it returns.
func craftPhotos(t *testing.T, db string, junk, bomb, gif, forged []byte) string {
	t.Helper()
	conn := connect(t, db)
	ctx := context.Background()
	if _, err := conn.Exec(ctx, dropPhotoChecks); err != nil {
		t.Fatal(err)
	}
	for _, row := range [][3]any{{junk, "image/jpeg", []byte{}}, {bomb, "image/jpeg", []byte{}}, {gif, "image/gif", []byte{}}, {forged, "image/jpeg", []byte{0}}} {
		if _, err := conn.Exec(ctx, putPhotoRow, row[:]...); err != nil {
			t.Fatal(err)
		}
	}
	var huge string
	if err := conn.QueryRow(ctx, putHugePhoto).Scan(&huge); err != nil {
		t.Fatal(err)
	}
	return huge
}

// link makes db link the annotation id to photos, in order.
func link(t *testing.T, db, id string, photos ...string) {
	t.Helper()
	conn := connect(t, db)
	if _, err := conn.Exec(context.Background(), `DELETE FROM annotation_photos WHERE annotation = $1`, id); err != nil {
		t.Fatal(err)
	}
	for i, ph := range photos {
		if _, err := conn.Exec(context.Background(), `INSERT INTO annotation_photos (annotation, position, photo) VALUES ($1, $2, $3)`, id, i, ph); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRefusedPhotoKeptThroughCrash: the laptop dies just after its pull
// refused a photo of the server's kiosk and wrote the kiosk without it.
// The list of refused photos was written with the kiosk, so the laptop's
// next push of its edit of the kiosk leaves the photo linked on the
// server.
func TestRefusedPhotoKeptThroughCrash(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	good, junk := testPhotos(t, 1)[0], []byte("not a photo at all")
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, good)
	a.sync(db)
	if _, err := connect(t, db).Exec(context.Background(), putPhotoRow, junk, "image/jpeg", []byte{}); err != nil {
		t.Fatal(err)
	}
	link(t, db, kiosk.ID, good.ID, photo.ID(junk))
	crash := errors.New("the laptop's battery ran out")
	withFault(t, func(stage string) error {
		if stage == "project-pulled" {
			return crash
		}
		return nil
	})
	if _, err := Sync(context.Background(), b.p, db, Area{}); !errors.Is(err, crash) {
		t.Fatalf("the crashed sync: %v", err)
	}
	faultHook = nil
	if got := b.point(kiosk.ID).Photos; !slices.Equal(got, []string{good.ID}) {
		t.Fatalf("after the crash the kiosk shows %.12q, want the good photo", got)
	}
	b.rename(kiosk.ID, "Ус 2")
	if r := b.sync(db); r.Pushed != 1 || len(r.Refused) != 1 {
		t.Errorf("the sync of the edit pushed %d, named %d refused photos; want 1 and 1", r.Pushed, len(r.Refused))
	}
	if got := serverLinks(t, db, kiosk.ID); !slices.Equal(got, []string{good.ID, photo.ID(junk)}) {
		t.Errorf("the server links the kiosk to %.12q, want both photos still", got)
	}
}
