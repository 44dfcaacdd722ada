package exchange_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// walkSet is a leader's walk: a named point, an unnamed photo point, a
// flooded area and a missing kindergarten.
func walkSet() *annot.Set {
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	named := annot.Point{Meta: annot.NewMeta("Б", now), Category: "water_kiosk", Name: "Ус түгээх 3-р байр", Status: annot.Working, Location: orb.Point{106.917, 47.918}}
	photo := annot.Point{Meta: annot.NewMeta("Б", now), Category: "water_kiosk", Status: annot.Working, Location: orb.Point{106.918, 47.919}}
	flood := annot.Gap{Meta: annot.NewMeta("Б", now), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open,
		Geometry: annot.NewArea([]orb.Point{{106.90, 47.90}, {106.92, 47.90}, {106.92, 47.91}})}
	kinder := annot.Gap{Meta: annot.NewMeta("Б", now), Kind: annot.MissingService, Service: "kindergarten", Severity: annot.High, Status: annot.Open, Geometry: orb.Point{106.93, 47.93}}
	return &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{named, photo}, Gaps: []annot.Gap{flood, kinder}}
}

var placemarkName = regexp.MustCompile(`<Placemark><name>([^<]*)</name>`)

// TestKMZLabelsAsTheWindow: in Google Earth a placemark is labelled as
// the window labels it, in the export's language: a point by its name or
// else its category, a gap by its kind (and the missing service), never
// by a code or a UUID. Read back, the unnamed point is still unnamed and
// the gaps are gaps.
func TestKMZLabelsAsTheWindow(t *testing.T) {
	for lang, want := range map[string][]string{
		"mn": {"Ус түгээх 3-р байр", "Ус түгээх байр, худаг", "Үер", "Дутуу үйлчилгээ: Цэцэрлэг"},
		"en": {"Ус түгээх 3-р байр", "Water kiosk or well", "Flooding", "Missing service: Kindergarten"},
	} {
		t.Run(lang, func(t *testing.T) {
			s := walkSet()
			var buf bytes.Buffer
			if err := exchange.WriteKMZ(&buf, s, exchange.WriteOptions{Lang: lang}, nil); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range placemarkName.FindAllStringSubmatch(docKML(t, buf.Bytes()), -1) {
				got = append(got, m[1])
			}
			if !slices.Equal(got, want) {
				t.Errorf("placemarks named %q, want %q", got, want)
			}
			back := readBack(t, "walk.kmz", buf.Bytes(), s.Categories)
			if !slices.Equal(back, []string{"Ус түгээх 3-р байр", "", "gap flooding ", "gap missing_service kindergarten"}) {
				t.Errorf("read back as %q", back)
			}
			ogrNames(t, buf.Bytes(), want[0], want[2], want[3])
		})
	}
}

// TestUnnamedStayUnnamed: points without a name, alone in an export (no
// name column to go by), come back unnamed from every format, not named
// after their label, category, khoroo or UUID.
func TestUnnamedStayUnnamed(t *testing.T) {
	s := walkSet()
	s.Points = s.Points[1:]
	s.Points = append(s.Points, s.Points[0])
	s.Points[1].ID, s.Points[1].Category, s.Points[1].Location = annot.NewID(), "school", orb.Point{106.93, 47.92}
	for _, f := range exchange.Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := exchange.Write(&buf, s, f, exchange.WriteOptions{Lang: "mn"}); err != nil {
				t.Fatal(err)
			}
			back := readBack(t, "walk"+f.Ext(), buf.Bytes(), s.Categories)
			if !slices.Equal(back, []string{"", "", "gap flooding ", "gap missing_service kindergarten"}) {
				t.Errorf("read back as %q", back)
			}
		})
	}
}

// ogrNames: GDAL (QGIS) names the named point and the gaps by their
// labels; the ExtendedData does not hide them.
func ogrNames(t *testing.T, kmz []byte, names ...string) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	path := filepath.Join(t.TempDir(), "walk.kmz")
	if err := os.WriteFile(path, kmz, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("ogrinfo", "-ro", "-al", "-q", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	for _, n := range names {
		if !strings.Contains(string(out), "Name (String) = "+n+"\n") {
			t.Errorf("GDAL does not name a feature %q:\n%s", n, out)
		}
	}
}

// docKML is the doc.kml inside a KMZ.
func docKML(t *testing.T, kmz []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(kmz), int64(len(kmz)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zr.Open("doc.kml")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(doc)
}

// readBack imports an export as the import command does: each service
// point's name, then each gap's kind and service.
func readBack(t *testing.T, name string, data []byte, cats []annot.Category) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ls, err := load.All(path, load.Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	var names, gaps []string
	for _, l := range ls {
		gs, err := exchange.Gaps(l, exchange.Options{Categories: cats})
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			gaps = append(gaps, "gap "+string(g.Kind)+" "+g.Service)
		}
		if l.Kind != geo.Points {
			continue
		}
		pts, err := exchange.Points(l, exchange.Options{Categories: cats})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pts {
			names = append(names, p.Name)
		}
	}
	slices.Sort(gaps)
	return append(names, gaps...)
}

// TestLabelColumn: the tables (CSV, GeoJSON, Shapefile) carry the same
// labels in a "label" column, for a spreadsheet's reader and QGIS's
// labels, while "name" stays the point's own.
func TestLabelColumn(t *testing.T) {
	var buf bytes.Buffer
	if err := exchange.Write(&buf, walkSet(), exchange.CSV, exchange.WriteOptions{Lang: "mn"}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\xef\xbb\xbf")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	label, name := slices.Index(rows[0], "label"), slices.Index(rows[0], "name")
	if label < 0 || name < 0 {
		t.Fatalf("no label or name column: %q", rows[0])
	}
	var labels, names []string
	for _, r := range rows[1:] {
		labels, names = append(labels, r[label]), append(names, r[name])
	}
	if want := []string{"Ус түгээх 3-р байр", "Ус түгээх байр, худаг", "Үер", "Дутуу үйлчилгээ: Цэцэрлэг"}; !slices.Equal(labels, want) {
		t.Errorf("labels %q, want %q", labels, want)
	}
	if want := []string{"Ус түгээх 3-р байр", "", "", ""}; !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
}
