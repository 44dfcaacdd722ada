package office

import (
	"context"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestPhotoAccess: photos follow the annotations' rules. Bat (leader in
// БЗД 2) sends a kiosk with a photo; Saran (БЗД 2) and the office of БЗД
// 2 (read-only, so sending nothing) receive it; the leader and the office
// of БЗД 3 see neither the photo nor its link, and that leader cannot
// link a photo to Bat's kiosk.
func TestPhotoAccess(t *testing.T) {
	ctx := context.Background()
	db := initDB(t)
	bat := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'БЗД', 2)")
	saran := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'БЗД', 2)")
	other := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'БЗД', 3)")
	office := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district, khoroo) VALUES ('ROLE', 'БЗД', 3)")
	ownOffice := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district, khoroo) VALUES ('ROLE', 'БЗД', 2)")
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	ph := testPhotos(t, 1)[0]
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, ph)
	if r := a.sync(bat); r.PhotosSent != 1 {
		t.Fatalf("Bat sent %d photos, want 1", r.PhotosSent)
	}
	if r := b.sync(saran); r.PhotosReceived != 1 || !slices.Equal(b.point(kiosk.ID).Photos, []string{ph.ID}) {
		t.Errorf("Saran received %d photos, the kiosk shows %v", r.PhotosReceived, b.point(kiosk.ID).Photos)
	}
	if r := newLaptop(t, "office").sync(ownOffice); r.PhotosReceived != 1 || r.PhotosSent != 0 {
		t.Errorf("БЗД 2's office received %d photos, sent %d; want 1, 0", r.PhotosReceived, r.PhotosSent)
	}
	for name, u := range map[string]string{"БЗД 3's leader": other, "БЗД 3's office": office} {
		if n := count(t, u, "SELECT (SELECT count(*) FROM photos) + (SELECT count(*) FROM annotation_photos)"); n != 0 {
			t.Errorf("%s sees %d photos and links of БЗД 2", name, n)
		}
	}
	conn, err := pgx.Connect(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "INSERT INTO annotation_photos (annotation, position, photo) VALUES ($1, 1, $2)", kiosk.ID, ph.ID); err == nil {
		t.Error("БЗД 3's leader linked a photo to a kiosk of БЗД 2")
	}
}

// TestPhotosOfAnOlderServerAreKept: a server that took the kiosk before
// photos synced holds it at the project's revision without its photo
// link. A full read (another area's cursor) keeps the project's photo
// and gives the server the link.
func TestPhotosOfAnOlderServerAreKept(t *testing.T) {
	db := initDB(t)
	a := newLaptop(t, "Bat")
	ph := testPhotos(t, 1)[0]
	kiosk := a.add("Ус", 106.9, 47.9)
	a.withPhotos(kiosk.ID, ph)
	a.sync(db)
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), "DELETE FROM annotation_photos"); err != nil {
		t.Fatal(err)
	}
	if _, err := Sync(context.Background(), a.p, db, Area{District: "БЗД"}); err != nil {
		t.Fatal(err)
	}
	if got := a.point(kiosk.ID).Photos; !slices.Equal(got, []string{ph.ID}) {
		t.Errorf("the kiosk shows %v after the sync, want its photo", got)
	}
	if n := count(t, db, "SELECT count(*) FROM annotation_photos"); n != 1 {
		t.Errorf("the server has %d links, want the kiosk's 1", n)
	}
}
