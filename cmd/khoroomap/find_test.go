package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// findJSON runs `find -json` and decodes what it prints.
func findJSON(t *testing.T, args ...string) []found {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := runFind(append([]string{"-json"}, args...), &out, &errOut); code != 0 {
		t.Fatalf("find %q: exit %d, stderr %q", args, code, errOut.String())
	}
	var fs []found
	if err := json.Unmarshal(out.Bytes(), &fs); err != nil {
		t.Fatalf("find %q: %v\n%s", args, err, out.String())
	}
	return fs
}

// realFile is a file of ../shared/data/real, or skips t.
func realFile(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("../../../shared/data/real", rel))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("no %s in ../shared/data/real", rel)
	}
	return p
}

// Issue 16: on the city's files the three ways of writing the 6th khoroo
// of Сүхбаатар put it first.
func TestFindReal(t *testing.T) {
	cases := []struct{ file, first string }{
		{"khoroo_kml_ublight_2021/sbd.kml", "СБД_06"},
		{"khoroo-map/khoroos.geojson", "6-р хороо"},
		{"c2m2_backend/adminLevel3/Sükhbaatar.json", "6-хороо"},
	}
	for _, tc := range cases {
		for _, q := range [][]string{{"sukhbaatar", "6"}, {"сбд", "06"}, {"сүхбаатар 6-р хороо"}} {
			t.Run(tc.file+"/"+strings.Join(q, " "), func(t *testing.T) {
				fs := findJSON(t, append([]string{realFile(t, tc.file)}, q...)...)
				if len(fs) == 0 || fs[0].Name != tc.first || fs[0].District != "Сүхбаатар" || fs[0].Rank != 1 {
					t.Errorf("first match %+v, want %s of Сүхбаатар", fs, tc.first)
				}
			})
		}
	}
	fs := findJSON(t, realFile(t, "c2m2_backend/adminLevel3/Khan Uul.json"), "khud", "14-r", "khoroo")
	if len(fs) != 1 || fs[0].Name != "14-р хороо" || fs[0].District != "Хан-Уул" {
		t.Errorf("khud 14-r khoroo finds %+v, want 14-р хороо of Хан-Уул", fs)
	}
}

// geojsonOf writes a GeoJSON file of features with these names: a small
// square each, or points when points is set.
func geojsonOf(t *testing.T, file string, points bool, names ...string) string {
	t.Helper()
	var fs []string
	for i, n := range names {
		x := 106.9 + 0.01*float64(i)
		geom := `{"type":"Polygon","coordinates":[[[X,47.9],[X1,47.9],[X1,47.91],[X,47.91],[X,47.9]]]}`
		if points {
			geom = `{"type":"Point","coordinates":[X,47.9]}`
		}
		geom = strings.NewReplacer("X1", jsonNum(x+0.005), "X", jsonNum(x)).Replace(geom)
		fs = append(fs, `{"type":"Feature","properties":{"name":"`+n+`"},"geometry":`+geom+`}`)
	}
	return writeFile(t, file, `{"type":"FeatureCollection","features":[`+strings.Join(fs, ",")+`]}`)
}

func jsonNum(f float64) string { b, _ := json.Marshal(f); return string(b) }

// Equal matches come in the window's order: points on top, then khoroos
// (the last added first), then districts.
func TestFindWindowOrder(t *testing.T) {
	district := geojsonOf(t, "duureg.geojson", false, "Сүхбаатар 6")
	a := geojsonOf(t, "khoroo_a.geojson", false, "БЗД_06")
	b := geojsonOf(t, "khoroo_b.geojson", false, "СБД_06")
	pts := geojsonOf(t, "schools.geojson", true, "6-р сургууль")
	var got []string
	for _, f := range findJSON(t, district, a, b, pts, "6") {
		got = append(got, f.Layer+" "+f.Name)
	}
	want := []string{"schools.geojson 6-р сургууль", "khoroo_b.geojson СБД_06", "khoroo_a.geojson БЗД_06", "duureg.geojson Сүхбаатар 6"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("order %q, want %q", got, want)
	}
}

func TestFindText(t *testing.T) {
	f := geojsonOf(t, "khoroo.geojson", false, "СБД_04", "СБД_06", "БЗД_06")
	cases := []struct {
		name string
		args []string
		code int
		out  []string
	}{
		{"flags after the file", []string{f, "-lang", "en", "sbd", "6"}, 0, []string{"1  khoroo.geojson  СБД_06  Сүхбаатар  name \"СБД_06\"\n"}},
		{"a hostile name stays on its line", []string{geojsonOf(t, "evil.geojson", false, `6\n2  x\ty\u001b[31m`), "6"}, 0, []string{`1  evil.geojson  6\n2  x\ty\x1b[31m  -  name "6\n2  x\ty\x1b[31m"` + "\n"}},
		{"whole words first", []string{f, "06"}, 0, []string{"1  khoroo.geojson  СБД_06  Сүхбаатар  name \"СБД_06\"\n", "2  khoroo.geojson  БЗД_06  Баянзүрх   name \"БЗД_06\"\n"}},
		{"nothing matches", []string{f, "sbd", "7"}, 1, nil},
		{"no words", []string{f}, 2, nil},
		{"a project and files", []string{"-project", "x.gpkg", f, "6"}, 2, nil},
		{"a missing project", []string{"-project", filepath.Join(t.TempDir(), "none.gpkg"), "6"}, 1, nil},
		{"a mistyped file", []string{filepath.Join(t.TempDir(), "sbd.kml"), "6"}, 1, nil},
		{"a project among files", []string{f, "p.gpkg", "6"}, 2, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := runFind(tc.args, &out, &errOut); code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tc.code, errOut.String())
			}
			if got := out.String(); got != strings.Join(tc.out, "") {
				t.Errorf("output\n%s\nwant\n%s", got, strings.Join(tc.out, ""))
			}
			if tc.code == 1 && (!strings.HasPrefix(errOut.String(), "khoroomap find: ") || strings.Count(errOut.String(), "\n") != 1) {
				t.Errorf("stderr %q, want one line", errOut.String())
			}
		})
	}
}

// A project given as a file is searched as the window opens it.
func TestFindProjectFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.gpkg")
	if code := runImport([]string{"-project", path, geojsonOf(t, "khoroo.geojson", false, "СБД_06")}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("import: exit %d", code)
	}
	for _, args := range [][]string{{path, "сбд", "6"}, {"-project", path, "сбд", "6"}} {
		if fs := findJSON(t, args...); len(fs) != 1 || fs[0].Name != "СБД_06" || fs[0].Layer != "khoroo.geojson" {
			t.Errorf("find %q: %+v", args, fs)
		}
	}
}

// With no file, the training sample is searched: its layers, then its
// annotations, which carry their IDs.
func TestFindSample(t *testing.T) {
	fs := findJSON(t, "1")
	if len(fs) == 0 || fs[0].Name != "Сургалтын 1-р хороо" {
		t.Fatalf("find 1 starts with %+v, want the training khoroo", fs)
	}
	annots := 0
	for _, f := range fs {
		if f.Layer == "annotations" {
			annots++
			if f.ID == "" {
				t.Errorf("annotation %q has no ID", f.Name)
			}
		}
	}
	if annots == 0 {
		t.Error("no annotation matches 1")
	}
}
