package load

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"golang.org/x/text/encoding/charmap"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/crs"
	"github.com/khoroomap/khoroomap/geo/shapefile"
)

const (
	prjUTM48 = `PROJCS["WGS_1984_UTM_Zone_48N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],UNIT["Meter",1.0]]`
	prjGK18  = `PROJCS["Pulkovo_1942_GK_Zone_18N",GEOGCS["GCS_Pulkovo_1942",DATUM["D_Pulkovo_1942",SPHEROID["Krasovsky_1940",6378245.0,298.3]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],UNIT["Meter",1.0]]`
)

// shapeFiles are a layer's Shapefile parts, renamed to base in a zip.
func shapeFiles(t *testing.T, l *shapefile.Layer, base string, keep ...string) map[string]string {
	files, err := l.Files()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, ext := range keep {
		out[base+ext] = string(files[l.Name+ext])
	}
	return out
}

func writeZip(t *testing.T, name string, parts ...map[string]string) string {
	all := map[string]string{}
	for _, p := range parts {
		for k, v := range p {
			all[k] = v
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(kmz(t, all)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// An export's zip: the service points and gap points as one layer of
// points, the gap areas as the second, names made whole by _fields.csv.
func TestShapeZipExport(t *testing.T) {
	pts := &shapefile.Layer{Name: "p", Fields: []string{"annotation", "category_name"}, Rows: []shapefile.Row{
		{Geometry: orb.Point{106.91, 47.95}, Values: []string{"point", "Сургууль"}}}}
	gps := &shapefile.Layer{Name: "g", Fields: []string{"annotation", "kind"}, Rows: []shapefile.Row{
		{Geometry: orb.Point{106.93, 47.96}, Values: []string{"gap", "flooding"}}}}
	areas := &shapefile.Layer{Name: "a", Polygons: true, Fields: []string{"annotation", "kind"}, Rows: []shapefile.Row{
		{Geometry: orb.Polygon{{{106.9, 47.9}, {106.91, 47.9}, {106.91, 47.91}, {106.9, 47.9}}}, Values: []string{"gap", "unsafe_place"}}}}
	all := []string{".shp", ".dbf", ".prj", "_fields.csv"}
	path := writeZip(t, "office.zip", shapeFiles(t, pts, "service_points", all...), shapeFiles(t, gps, "gap_points", all...), shapeFiles(t, areas, "gap_areas", all...))
	ls, err := All(path, Options{})
	if err != nil || len(ls) != 2 {
		t.Fatalf("%v, %d layers", err, len(ls))
	}
	if ls[0].Kind != geo.Points || len(ls[0].Features) != 2 || ls[0].Features[0].Props.Text("category_name") != "Сургууль" {
		t.Errorf("the points: %v %+v", ls[0].Kind, ls[0].Features)
	}
	if ls[1].Kind != geo.Polygons || len(ls[1].Features) != 1 || ls[1].Features[0].Props.Text("kind") != "unsafe_place" || len(ls[1].Warnings) != 0 {
		t.Errorf("the areas: %v %+v %v", ls[1].Kind, ls[1].Features, ls[1].Warnings)
	}
	if pointsAsked, err := All(path, Options{Points: true}); err != nil || len(pointsAsked) != 2 || pointsAsked[1].Kind != geo.Polygons {
		t.Errorf("asked for points: %v, %d layers", err, len(pointsAsked))
	}
	noGapPoints := writeZip(t, "no-gap-points.zip", shapeFiles(t, pts, "service_points", all...), shapeFiles(t, areas, "gap_areas", all...))
	if ls, err := All(noGapPoints, Options{Points: true}); err != nil || len(ls) != 2 || len(ls[0].Features) != 1 || ls[1].Kind != geo.Polygons {
		t.Errorf("service points and gap areas, asked for points: %v, %d layers", err, len(ls))
	}
}

// Zips from ArcMap or QGIS: any layer names, in a folder, short attribute
// names, macOS's shadow files; UTM 48N converted; another system refused
// in one line naming the file and the system.
func TestShapeZipFromElsewhere(t *testing.T) {
	toLL, _ := crs.ToLonLat(32648)
	school := orb.Point{641000, 5307000}
	l := &shapefile.Layer{Name: "x", Fields: []string{"NAME", "TYPE"}, Rows: []shapefile.Row{
		{Geometry: school, Values: []string{"12-р сургууль", "school"}}}}
	cases := []struct {
		name, prj, err string
		want           orb.Point
	}{
		{name: "utm.zip", prj: prjUTM48, want: toLL(school)},
		{name: "gk.zip", prj: prjGK18, err: `gk.zip: Export/Schools.prj: the layer is in "Pulkovo_1942_GK_Zone_18N", not WGS 84`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parts := shapeFiles(t, l, "Export/Schools", ".shp", ".dbf")
			parts["Export/Schools.prj"] = c.prj
			parts["__MACOSX/Export/._Schools.shp"] = "resource fork"
			got, err := File(writeZip(t, c.name, parts), Options{})
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) || strings.Contains(err.Error(), "\n") {
					t.Errorf("error %v, want one line with %q", err, c.err)
				}
				return
			}
			if err != nil || got.Kind != geo.Points || len(got.Features) != 1 || got.Format != "Shapefile" {
				t.Fatalf("%v, %+v", err, got)
			}
			f := got.Features[0]
			p := f.Geometry.(orb.Point)
			if f.Props.Text("NAME") != "12-р сургууль" || math.Abs(p[0]-c.want[0]) > 1e-9 || math.Abs(p[1]-c.want[1]) > 1e-9 || !strings.Contains(got.CRS, "32648") {
				t.Errorf("read as %+v at %v (%s), want %v", f.Props, p, got.CRS, c.want)
			}
		})
	}
}

func TestShapeZipRefusals(t *testing.T) {
	l := &shapefile.Layer{Name: "x", Fields: []string{"a"}, Rows: []shapefile.Row{{Geometry: orb.Point{106.9, 47.9}, Values: []string{"1"}}}}
	for name, tc := range map[string]struct {
		parts map[string]string
		err   string
	}{
		"no .dbf":   {shapeFiles(t, l, "roads", ".shp"), "roads.shp comes without its .dbf"},
		"no layers": {map[string]string{"readme.txt": "hi", "roads.prj": prjUTM48}, "neither a .kml document nor a Shapefile"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := File(writeZip(t, "z.zip", tc.parts), Options{}); err == nil || !strings.Contains(err.Error(), "z.zip: ") || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("error %v, want %q", err, tc.err)
			}
		})
	}
}

// ArcMap writes Cyrillic attributes in Windows-1251, said so in the .cpg
// or not at all; QGIS writes UTF-8. Each reads back as the same letters.
func TestShapeZipEncodings(t *testing.T) {
	cyr, _ := charmap.Windows1251.NewEncoder().String("Сургууль №12")
	cases := []struct {
		name, value, cpg, warn, err string
	}{
		{name: "1251 said", value: cyr, cpg: "1251"},
		{name: "ANSI 1251 said", value: cyr, cpg: "ANSI 1251"},
		{name: "1251 unsaid", value: cyr, warn: "read as Windows-1251"},
		{name: "UTF-8 unsaid", value: "Сургууль №12"},
		{name: "UTF-8 said", value: "Сургууль №12", cpg: "UTF-8"},
		{name: "unknown", value: cyr, cpg: "klingon-9", err: `Schools.cpg names the text encoding "klingon-9"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := &shapefile.Layer{Name: "x", Fields: []string{"NAME"}, Rows: []shapefile.Row{{Geometry: orb.Point{106.9, 47.9}, Values: []string{c.value}}}}
			parts := shapeFiles(t, l, "Schools", ".shp", ".dbf")
			if c.cpg != "" {
				parts["Schools.cpg"] = c.cpg
			}
			got, err := File(writeZip(t, "schools.zip", parts), Options{})
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("error %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || got.Features[0].Props.Text("NAME") != "Сургууль №12" {
				t.Fatalf("%v, read %q", err, got.Features[0].Props.Text("NAME"))
			}
			if w := strings.Join(got.Warnings, "|"); (c.warn == "") != (w == "") || !strings.Contains(w, c.warn) {
				t.Errorf("warnings %q, want %q", w, c.warn)
			}
		})
	}
}
