package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// officeZip writes a zip as ArcMap or QGIS leave one: a khoroo layer and
// a school layer, no _fields.csv.
func officeZip(t *testing.T) string {
	square := orb.Polygon{{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}, {106.9, 47.9}}}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, l := range []*shapefile.Layer{
		{Name: "Khoroo", Polygons: true, Fields: []string{"NAME"}, Rows: []shapefile.Row{{Geometry: square, Values: []string{"1-р хороо"}}}},
		{Name: "Schools", Fields: []string{"NAME", "TYPE"}, Rows: []shapefile.Row{{Geometry: orb.Point{106.905, 47.905}, Values: []string{"12-р сургууль", "school"}}}},
	} {
		files, err := l.Files()
		must(t, err)
		for _, ext := range []string{".shp", ".dbf", ".prj"} {
			w, err := zw.Create("Export/" + l.Name + ext)
			must(t, err)
			w.Write(files[l.Name+ext])
		}
	}
	must(t, zw.Close())
	path := filepath.Join(t.TempDir(), "office.zip")
	must(t, os.WriteFile(path, b.Bytes(), 0o644))
	return path
}

// check on an export's zip or KMZ describes each of its layers as import
// takes them (no "label points?" warning), and on an office's zip its
// boundary layer and the points import leaves out.
func TestCheckLayers(t *testing.T) {
	dir := t.TempDir()
	project, _, _ := photoProject(t, dir)
	export := func(ext string) string {
		file := filepath.Join(dir, "office."+ext)
		var out, errOut bytes.Buffer
		if code := runExport([]string{"-project", project, "-o", file}, &out, &errOut); code != 0 {
			t.Fatalf("export: exit %d: %s", code, errOut.String())
		}
		return file
	}
	cases := []struct {
		name, file, kind, layers, text string
		features                       int
	}{
		{"export zip", export("zip"), "points+polygons", "service_points service_points 2 true|gap_points gap_points 1 true|gap_areas gap_areas 1 true",
			"layer:      gap_areas: 1 polygon — gap areas", 4},
		{"export kmz", export("kmz"), "points+polygons", "Khoroo Map service_points 2 false|Khoroo Map gap_points 1 false|Khoroo Map gap_areas 1 false",
			"layer:      Khoroo Map: 1 point — gap points", 4},
		{"office zip", officeZip(t), "polygons", "Export/Khoroo boundary:khoroo 1 false|Export/Schools skipped 1 false",
			"layer:      Export/Schools: 1 point — left out beside the areas (import -as points takes them as service points)", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := runCheck([]string{"-json", c.file}, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var reports []checkReport
			must(t, json.Unmarshal(out.Bytes(), &reports))
			r := reports[0]
			var got []string
			for _, l := range r.Layers {
				role := l.Role
				if l.Boundary != "" {
					role += ":" + l.Boundary
				}
				got = append(got, fmt.Sprintf("%s %s %d %v", l.Name, role, l.Features, l.Mapped))
			}
			if strings.Join(got, "|") != c.layers || r.Kind != c.kind || r.Features != c.features || strings.Contains(strings.Join(r.Warnings, " "), "label points") {
				t.Errorf("kind %s, %d features, warnings %q, layers\n %s\nwant\n %s", r.Kind, r.Features, r.Warnings, strings.Join(got, "|"), c.layers)
			}
			out.Reset()
			runCheck([]string{c.file}, &out, &errOut)
			if !strings.Contains(out.String(), c.text) || strings.Contains(out.String(), "label points") {
				t.Errorf("text lacks %q:\n%s", c.text, out.String())
			}
		})
	}
}
