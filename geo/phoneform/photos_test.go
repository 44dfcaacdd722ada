package phoneform_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// An export with its photos beside it (ODK Central's "media" folder): the
// photo column's files come in with their rows; a photo of a row left out
// is not kept, a file not there is named.
func TestPhotos(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "media"), 0o755)
	for i, name := range []string{"media/1.jpg", "2.jpg", "media/4.jpg"} { // of sizes of their own: no photo is another's copy
		if err := os.WriteFile(filepath.Join(dir, name), phototest.JPEG(phototest.Quadrants(32+8*i, 24), phototest.Tags{}), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	csv := filepath.Join(dir, "odk.csv")
	os.WriteFile(csv, []byte("SubmissionDate,name,category,gps,photo,meta-instanceID\n"+
		"2026-01-12,Ус түгээх,water_kiosk,47.95 106.92,1.jpg,uuid:1\n"+
		"2026-01-12,Сургууль,school,47.96 106.93,media\\2.jpg,uuid:2\n"+
		"2026-01-12,Эмнэлэг,hospital,47.97 106.94,3.jpg,uuid:3\n"+
		"2026-01-12,Байршилгүй,hospital,,4.jpg,uuid:4\n"), 0o644)
	tab, err := phoneform.Read(csv)
	if err != nil {
		t.Fatal(err)
	}
	m := phoneform.Guess(tab.Header)
	phs, missing := phoneform.Photos(tab, m)
	if len(phs) != 3 || len(missing) != 1 || missing[0] != "3.jpg" {
		t.Fatalf("%d photos, missing %q", len(phs), missing)
	}
	res, err := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, PhotoIDs: phoneform.IDs(phs)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Points) != 3 || len(res.Points[0].Photos) != 1 || len(res.Points[1].Photos) != 1 || len(res.Points[2].Photos) != 0 {
		t.Fatalf("%+v", res.Points)
	}
	used := res.Used(phs)
	if len(used) != 2 {
		t.Errorf("%d photos kept, want 2 (the row without a position left out)", len(used))
	}
	p, _ := project(t)
	if _, err := p.ImportAnnotations(res.Points, res.Gaps, used); err != nil {
		t.Fatal(err)
	}
	s, _ := p.Load()
	if len(s.Points) != 3 || len(s.Points[0].Photos)+len(s.Points[1].Photos) != 2 {
		t.Errorf("%+v", s.Points)
	}
}
