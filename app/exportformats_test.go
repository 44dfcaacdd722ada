package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// File > Export annotations… offers a KMZ and a Shapefile zip beside
// GeoJSON, CSV and KML; choosing one puts its extension on the name, and
// the file written, imported in another window, brings back every point
// and gap with their photos.
func TestExportZipAndKMZFromTheWindow(t *testing.T) {
	src := newTestUI(t, 1)
	ph, err := photo.Reduce("IMG_1.jpg", phototest.JPEG(phototest.Quadrants(160, 120), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	pt := annot.Point{Meta: annot.NewMeta("Б", now()), Category: "water_kiosk", Status: annot.Working, Location: orb.Point{106.925, 47.96}, Photos: []string{ph.ID}}
	if err := src.ws.Project().ApplyWithPhotos([]photo.Photo{ph}, []annot.Change{{NewPoint: &pt}}); err != nil {
		t.Fatal(err)
	}
	s, err := src.ws.Project().Load()
	if err != nil {
		t.Fatal(err)
	}
	src.ws.Replace(s)
	dir := t.TempDir()
	for _, tc := range []struct{ choice, ext string }{{"Google Earth", ".kmz"}, {"QGIS", ".zip"}} {
		t.Run(tc.ext, func(t *testing.T) {
			src.showExportAnnotations()
			pk := src.picker
			pk.enter(dir)
			for _, o := range pk.format.Options {
				if strings.Contains(o, tc.choice) {
					pk.format.SetSelected(o)
				}
			}
			if pk.name.Text != "annotations"+tc.ext || len(pk.exts) != 1 || pk.exts[0] != tc.ext {
				t.Fatalf("chose %q: the name is %q, the dialog lists %v", pk.format.Selected, pk.name.Text, pk.exts)
			}
			test.Tap(pk.open)
			path := filepath.Join(dir, "annotations"+tc.ext)
			if _, err := os.Stat(path); err != nil || !strings.Contains(src.status.Text, path) {
				t.Fatalf("not written (%v); status %q", err, src.status.Text)
			}
			dst := newTestUI(t, 1)
			before := len(dst.ws.Annotations().Points)
			dst.ImportPoints(path)
			got := dst.ws.Annotations()
			if len(got.Points) != before+1 || len(got.Gaps) != len(s.Gaps) {
				t.Fatalf("%d points (%d before), %d gaps; want %d more points... exported %d points and %d gaps",
					len(got.Points), before, len(got.Gaps), 1, len(s.Points), len(s.Gaps))
			}
			back, ok := got.Point(pt.ID)
			if !ok || back.Name != "" || len(back.Photos) != 1 || back.Photos[0] != ph.ID {
				t.Fatalf("the point came back as %+v (%v)", back, ok)
			}
			if b, err := dst.ws.Project().Photo(ph.ID); err != nil || string(b.Data) != string(ph.Data) {
				t.Errorf("its photo: %v", err)
			}
		})
	}
}

// In File > Export annotations…, the format list follows an extension
// typed in the file name (as `khoroomap export -o` tells formats: .json is
// GeoJSON), and the file written is of that format; a name with another
// extension, or none, keeps the chosen format and gets its extension.
func TestExportFormatFollowsTheName(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := t.TempDir()
	for _, c := range []struct{ chosen, typed, want, file, starts string }{
		{"GeoJSON", "x.kmz", "Google Earth", "x.kmz", "PK"},
		{"GeoJSON", "x.KML", "KML (.kml)", "x.KML", "<?xml"},
		{"CSV", "x.json", "GeoJSON", "x.json", "{"},
		{"KML (.kml)", "x.zip", "QGIS", "x.zip", "PK"},
		{"GeoJSON", "x.csv", "CSV", "x.csv", "\ufefflat,lon,annotation,"},
		{"Google Earth", "Баянзүрх 6.5", "Google Earth", "Баянзүрх 6.5.kmz", "PK"},
		{"CSV", "тайлан", "CSV", "тайлан.csv", "\ufefflat,lon,annotation,"},
	} {
		t.Run(c.typed, func(t *testing.T) {
			ui.showExportAnnotations()
			pk := ui.picker
			pk.enter(dir)
			chooseFormat(pk, c.chosen)
			pk.name.SetText("")
			test.Type(pk.name, c.typed)
			if !strings.Contains(pk.format.Selected, c.want) || pk.name.Text != c.typed {
				t.Errorf("typed %q with %s chosen: the list says %q, the name %q", c.typed, c.chosen, pk.format.Selected, pk.name.Text)
			}
			test.Tap(pk.open)
			data, err := os.ReadFile(filepath.Join(dir, c.file))
			if err != nil || !strings.HasPrefix(string(data), c.starts) {
				t.Errorf("%s: %.20q (%v), want it to begin %q; status %q", c.file, data, err, c.starts, ui.status.Text)
			}
		})
	}
}

// Choosing a format in the list puts its extension in place of another
// format's, and after an extension that names none.
func TestExportNameFollowsTheFormat(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.showExportAnnotations()
	pk := ui.picker
	for _, c := range []struct{ typed, chosen, want string }{
		{"x.json", "CSV", "x.csv"},
		{"x.csv", "Google Earth", "x.kmz"},
		{"notes.txt", "QGIS", "notes.txt.zip"},
		{"тайлан", "KML (.kml)", "тайлан.kml"},
	} {
		pk.name.SetText(c.typed)
		chooseFormat(pk, c.chosen)
		if pk.name.Text != c.want || len(pk.exts) != 1 || pk.exts[0] != filepath.Ext(c.want) {
			t.Errorf("%q, then %s chosen: the name is %q, the dialog lists %v", c.typed, c.chosen, pk.name.Text, pk.exts)
		}
	}
}

// chooseFormat picks the format whose words hold label in a Save dialog.
func chooseFormat(pk *filePicker, label string) {
	for _, o := range pk.format.Options {
		if strings.Contains(o, label) {
			pk.format.SetSelected(o)
			return
		}
	}
}
