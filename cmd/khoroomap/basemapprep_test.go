package main

import (
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/store"
)

// streetOSM has one street inside the khoroo of goodGeoJSON and one far
// away, in Darkhan.
const streetOSM = `<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6">
 <node id="1" version="1" lat="47.895" lon="106.901"/>
 <node id="2" version="1" lat="47.895" lon="106.909"/>
 <node id="3" version="1" lat="49.47" lon="105.95"/>
 <node id="4" version="1" lat="49.48" lon="105.96"/>
 <way id="1" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/><tag k="name" v="Өлзийт гудамж"/></way>
 <way id="2" version="1"><nd ref="3"/><nd ref="4"/><tag k="highway" v="primary"/><tag k="name" v="Дархан"/></way>
</osm>`

func TestBasemapPrepare(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.gpkg")
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", proj, writeFile(t, "khoroo.geojson", goodGeoJSON)}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	extract := writeFile(t, "ub.osm", streetOSM)
	if _, err := exec.LookPath("osmium"); err == nil {
		pbf := filepath.Join(dir, "ub.osm.pbf")
		if b, err := exec.Command("osmium", "cat", "-o", pbf, extract).CombinedOutput(); err != nil {
			t.Fatalf("osmium: %v %s", err, b)
		}
		extract = pbf
	}
	cases := []struct {
		name  string
		args  []string
		code  int
		names []string
		say   string
	}{
		{"the boundaries' area", []string{"-project", proj, extract}, 0, []string{"Өлзийт гудамж"}, "1 streets"},
		{"a box round Darkhan, after the file", []string{"-project", proj, extract, "-bbox", "105.9,49.4,106.0,49.5"}, 0, []string{"Дархан"}, "1 streets"},
		{"an empty box", []string{"-project", proj, "-bbox", "100,40,100.1,40.1", extract}, 1, []string{"Дархан"}, "has no streets"},
		{"a bad box", []string{"-project", proj, "-bbox", "106,47,105,48", extract}, 2, []string{"Дархан"}, "min below max"},
		{"a missing extract", []string{"-project", proj, filepath.Join(dir, "none.osm.pbf")}, 1, []string{"Дархан"}, "none.osm.pbf"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out.Reset()
			errOut.Reset()
			if code := runBasemapPrepare(c.args, &out, &errOut); code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errOut.String())
			}
			if said := out.String() + errOut.String(); !strings.Contains(said, c.say) {
				t.Errorf("said %q, want %q", said, c.say)
			}
			p, err := store.Open(proj)
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			s, err := p.Streets()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range s.Features {
				got = append(got, f.Name)
			}
			if strings.Join(got, "|") != strings.Join(c.names, "|") {
				t.Errorf("the project's streets: %q, want %q", got, c.names)
			}
		})
	}
}

// export and atlas credit OpenStreetMap when the project has a street
// map, and not with -basemap none.
func TestExportWithStreets(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.gpkg")
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", proj, writeFile(t, "khoroo.geojson", goodGeoJSON)}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	if code := runBasemapPrepare([]string{"-project", proj, writeFile(t, "ub.osm", streetOSM)}, &out, &errOut); code != 0 {
		t.Fatalf("prepare: exit %d: %s", code, errOut.String())
	}
	cases := []struct {
		name   string
		run    func([]string, io.Writer, io.Writer) int
		args   []string
		credit bool
	}{
		{"export", runExport, []string{"-project", proj, "-lang", "en"}, true},
		{"export -basemap none", runExport, []string{"-project", proj, "-basemap", "none"}, false},
		{"atlas", runAtlas, []string{"-project", proj}, true},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pdf := filepath.Join(dir, fmt.Sprintf("%d.pdf", i))
			if code := c.run(append(c.args, "-o", pdf), &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			text, err := exec.Command("pdftotext", pdf, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(text), "OpenStreetMap"); got != c.credit {
				t.Errorf("OpenStreetMap credited: %v, want %v:\n%s", got, c.credit, text)
			}
		})
	}
}

// find lists the streets of the project's street map, and the points
// standing on them.
func TestFindStreets(t *testing.T) {
	dir := t.TempDir()
	proj := filepath.Join(dir, "p.gpkg")
	kiosk := writeFile(t, "kiosk.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Худаг","category":"water_kiosk"},"geometry":{"type":"Point","coordinates":[106.905,47.8951]}}]}`)
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", proj, writeFile(t, "khoroo.geojson", goodGeoJSON), kiosk}, &out, &errOut); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errOut.String())
	}
	if code := runBasemapPrepare([]string{"-project", proj, writeFile(t, "ub.osm", streetOSM)}, &out, &errOut); code != 0 {
		t.Fatalf("prepare: exit %d: %s", code, errOut.String())
	}
	out.Reset()
	if code := runFind([]string{"-project", proj, "olziit"}, &out, &errOut); code != 0 {
		t.Fatalf("find: exit %d: %s", code, errOut.String())
	}
	// the khoroo named Өлзийт, the street, the kiosk on it
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[1], "OpenStreetMap   Өлзийт гудамж") || !strings.Contains(lines[2], `Худаг          -  street "Өлзийт гудамж"`) {
		t.Errorf("find olziit:\n%s\nwant the khoroo, the street, then the kiosk on it", out.String())
	}
}
