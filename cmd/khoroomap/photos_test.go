package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/store"
)

// TestImportPhotos: a DCIM folder with two geotagged photos and one
// without GPS becomes two service points with their photos, in the
// khoroo of the boundary imported before; the same folder again adds
// nothing.
func TestImportPhotos(t *testing.T) {
	dir := t.TempDir()
	dcim := filepath.Join(dir, "DCIM", "Camera")
	os.MkdirAll(dcim, 0o755)
	img := phototest.Quadrants(120, 90)
	taken := time.Date(2026, 1, 12, 10, 30, 0, 0, time.UTC)
	for i, tags := range []phototest.Tags{
		{Style: phototest.Android, GPS: true, Lat: 47.894, Lon: 106.907, Taken: taken, Orientation: 6},
		{Style: phototest.IPhone, GPS: true, Lat: 47.893, Lon: 106.908, Taken: taken},
		{Style: phototest.Android, Taken: taken},
	} {
		img.Pix[0] = byte(i)
		os.WriteFile(filepath.Join(dcim, "IMG_"+string(rune('1'+i))+".jpg"), phototest.JPEG(img, tags), 0o644)
	}
	project := filepath.Join(dir, "p.gpkg")
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", project, writeFile(t, "khoroo.geojson", goodGeoJSON)}, &out, &errOut); code != 0 {
		t.Fatalf("import the khoroo: %d %s", code, errOut.String())
	}
	for round, want := range []string{"2 new service point(s), 0 added to points or gaps already there, 0 already in the project, 1 without a GPS position",
		"0 new service point(s), 0 added to points or gaps already there, 2 already in the project, 1 without a GPS position"} {
		out.Reset()
		if code := runImport([]string{"-project", project, "-category", "water_kiosk", "-author", "Б", filepath.Join(dir, "DCIM")}, &out, &errOut); code != 0 {
			t.Fatalf("round %d: exit %d: %s", round, code, errOut.String())
		}
		if !strings.Contains(out.String(), want) || !strings.Contains(out.String(), "IMG_3.jpg") {
			t.Errorf("round %d said %q", round, out.String())
		}
	}
	p, err := store.Open(project)
	must(t, err)
	defer p.Close()
	s, err := p.Load()
	must(t, err)
	if len(s.Points) != 2 {
		t.Fatalf("%d points", len(s.Points))
	}
	pt := s.Points[0]
	ph, err := p.Photo(pt.Photos[0])
	if err != nil || pt.Category != "water_kiosk" || pt.Observed != "2026-01-12" || pt.Khoroo == "" || ph.Name != "IMG_1.jpg" || ph.Width != 90 {
		t.Errorf("point %+v, photo %s %dx%d (%v)", pt, ph.Name, ph.Width, ph.Height, err)
	}
	p.Close()
	zipPath := filepath.Join(dir, "office.zip")
	if code := runExport([]string{"-project", project, "-o", zipPath}, &out, &errOut); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut.String())
	}
	zr, err := zip.OpenReader(zipPath)
	must(t, err)
	defer zr.Close()
	var photos []string
	for _, f := range zr.File {
		// named by the category, in the export's language (mn)
		if strings.HasPrefix(f.Name, "photos/Ус_түгээх_байр_худаг_") && strings.HasSuffix(f.Name, "_1.jpg") {
			photos = append(photos, f.Name)
		}
	}
	if len(photos) != 2 {
		t.Errorf("photos in the zip: %v", photos)
	}
	kmz := filepath.Join(dir, "walk.kmz")
	if code := runExport([]string{"-project", project, "-o", kmz}, &out, &errOut); code != 0 {
		t.Fatalf("export KMZ: exit %d: %s", code, errOut.String())
	}
	kr, err := zip.OpenReader(kmz)
	must(t, err)
	defer kr.Close()
	if len(kr.File) != 3 || kr.File[0].Name != "doc.kml" {
		t.Errorf("the KMZ holds %d files", len(kr.File))
	}
}

func TestImportPhotosRefused(t *testing.T) {
	dir := t.TempDir()
	heic := filepath.Join(dir, "IMG_1.HEIC")
	os.WriteFile(heic, append([]byte{0, 0, 0, 24}, "ftypheic\x00\x00\x00\x00mif1heic"...), 0o644)
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", filepath.Join(dir, "p.gpkg"), heic}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "HEIC photos are not supported") {
		t.Errorf("HEIC only: exit %d, %q", code, errOut.String())
	}
	errOut.Reset()
	if code := runImport([]string{"-project", filepath.Join(dir, "p.gpkg"), "-category", "zoo", dir}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), `no category "zoo"`) {
		t.Errorf("unknown category: exit %d, %q", code, errOut.String())
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
