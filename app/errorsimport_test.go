package app

import (
	"archive/zip"
	"bytes"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// importErr is the error of importing the file name holding data as
// service points into a new project, as Import service points… does.
func importErr(name, data string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		p, err := store.Open(filepath.Join(dir, "төсөл.gpkg"))
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		path := write(t, dir, name, data)
		ls, err := load.All(path, load.Options{Points: true})
		if err != nil {
			return err
		}
		phs, err := exchange.FilePhotos(path)
		if err != nil {
			return err
		}
		pts := geo.RolePoints
		_, err = p.ImportWithPhotos(ls, &pts, "Бат", phs)
		return err
	}
}

// gapFeature is an exported gap of the given kind and raised date.
func gapFeature(kind, raised string) string {
	return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"annotation":"gap","uuid":"0b6f7c3e-1d2a-4e5f-8a9b-0c1d2e3f4a5b","kind":"` + kind +
		`","severity":"high","status":"open","raised":"` + raised + `"},"geometry":{"type":"Point","coordinates":[106.9,47.9]}}]}`
}

// kmzWithHugePhoto is a KMZ of one placemark whose photo claims 2 GiB.
func kmzWithHugePhoto(t *testing.T) string {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.Create("doc.kml")
	w.Write([]byte(`<kml><Document><Placemark><name>Худаг</name><Point><coordinates>106.9,47.9</coordinates></Point></Placemark></Document></kml>`))
	w, err := z.CreateRaw(&zip.FileHeader{Name: "photos/худаг.jpg", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 2 << 30})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte{3, 0})
	z.Close()
	return b.String()
}

// mergeErr is the error of merging, as Merge participants' copies… does,
// a new project with the copy files made by copies in dir.
func mergeErr(copies func(t *testing.T, dir string) []string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		path := filepath.Join(dir, "төсөл.gpkg")
		p, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		p.Close()
		_, err = store.MergeFiles(filepath.Join(dir, ".төсөл.gpkg.merged.gpkg"), append([]string{path}, copies(t, dir)...))
		return err
	}
}

// Errors of importing service points, merging copies and opening a
// project read in Mongolian, the file's own values kept.
var importErrorCases = []namedErrorCase{
	{errorCase{"khoroos imported as service points", importErr("хороод.geojson", twoKhoroos), ""}, nil},
	{errorCase{"a gap of an unknown kind", importErr("дутагдал.geojson", gapFeature("water shortage", "")), ""}, []string{"0b6f7c3e-1d2a-4e5f-8a9b-0c1d2e3f4a5b", "water shortage"}},
	{errorCase{"a gap whose date a spreadsheet changed", importErr("дутагдал.geojson", gapFeature("flooding", "5/1/2026")), ""}, []string{"0b6f7c3e-1d2a-4e5f-8a9b-0c1d2e3f4a5b"}},
	{errorCase{"a KMZ whose photo is too large", func(t *testing.T, dir string) error {
		return importErr("цэгүүд.kmz", kmzWithHugePhoto(t))(t, dir)
	}, ""}, nil},
	{errorCase{"a copy gone", mergeErr(func(_ *testing.T, dir string) []string { return []string{filepath.Join(dir, "Бат.gpkg")} }), ""}, nil},
	{errorCase{"a copy another program changed", mergeErr(func(t *testing.T, dir string) []string {
		if err := changedProject("DROP TABLE revisions")(t, dir); err == nil {
			t.Fatal("no error")
		}
		return []string{filepath.Join(dir, "хороо6.gpkg")}
	}), ""}, []string{"revisions"}},
	{errorCase{"a project not named .gpkg", func(t *testing.T, dir string) error {
		_, err := workspace.ReadFile(filepath.Join(dir, "төсөл.txt"), workspace.Create)
		return err
	}, ""}, nil},
}

// Each error of importing, merging and opening reads in Mongolian.
func TestImportErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, importErrorCases)
}
