package office

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// unlistable turns a project's media table into a view whose photo IDs
// read well through the annotations' links but fail when the table is
// searched by ID: one photo linked to nothing has a malformed ID.
var unlistable = []string{
	`INSERT INTO media (data, content_type, uuid) VALUES (x'00', 'image/jpeg', 'orphan')`,
	`ALTER TABLE media RENAME TO media_kept`,
	`CREATE VIEW media AS SELECT id, data, content_type, name, width, height, taken, latitude, longitude,
		CASE WHEN uuid = 'orphan' THEN json('{') ELSE uuid END AS uuid FROM media_kept`,
}

// TestUnlistablePhotosTakeNothing: a project whose photos cannot be
// listed (its media table corrupted under it through SQL by another
// program) cannot say which of the server's photos it lacks; its sync is
// refused and the project is not written: not the other leader's well,
// though the project holds every photo the merge shows. With the table
// mended, the next sync brings the well.
func TestUnlistablePhotosTakeNothing(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	kiosk := b.add("Ус", 106.9, 47.9)
	b.withPhotos(kiosk.ID, testPhotos(t, 1)...)
	b.sync(db)
	a.sync(db)
	a.add("Худаг", 106.91, 47.9)
	a.sync(db)
	before := b.picture()
	underProject(t, b, unlistable...)
	_, err := Sync(context.Background(), b.p, db, Area{})
	if err == nil || !strings.Contains(err.Error(), "malformed JSON") {
		t.Fatalf("got %v, want the sync refused as the photos cannot be listed", err)
	}
	if got := b.picture(); !slices.Equal(got, before) {
		t.Errorf("the refused sync wrote the project:\n got %q\nwant %q", got, before)
	}
	underProject(t, b, `DROP VIEW media`, `ALTER TABLE media_kept RENAME TO media`, `DELETE FROM media WHERE uuid = 'orphan'`)
	if r := b.sync(db); r.Pulled != 1 {
		t.Errorf("the next sync pulled %d annotations, want the well", r.Pulled)
	}
}

// underProject runs stmts on l's project file through a connection of its
// own, as another program would.
func underProject(t *testing.T, l *laptop, stmts ...string) {
	t.Helper()
	other, err := sql.Open("sqlite", l.p.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	for _, s := range stmts {
		if _, err := other.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}
