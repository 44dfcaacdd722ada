package printmap

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/khoroomap/khoroomap/geo/basemap"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
)

var fonts = Fonts{Regular: assets.FontRegular, Bold: assets.FontBold}

// day is the date printed on test pages, so that goldens stay put.
var day = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

// sample is the training khoroo as a printable project, with two gaps.
func sample(t testing.TB) *Project {
	t.Helper()
	path := filepath.Join(t.TempDir(), "training.gpkg")
	if err := training.Create(path); err != nil {
		t.Fatal(err)
	}
	sp, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	layers, _ := sp.Layers()
	s, _ := sp.Load()
	s.Gaps = append(s.Gaps,
		annot.Gap{Meta: annot.NewMeta("", day), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open,
			Geometry: annot.NewArea([]orb.Point{{106.912, 47.957}, {106.918, 47.957}, {106.918, 47.960}, {106.912, 47.960}}), Places: annot.Places{Khoroo: "Сургалтын 1-р хороо", Kheseg: "1-р хэсэг"}},
		annot.Gap{Meta: annot.NewMeta("", day), Kind: annot.NoLighting, Severity: annot.Medium, Status: annot.Open,
			Geometry: orb.Point{106.93, 47.955}, Places: annot.Places{Khoroo: "Сургалтын 1-р хороо", Kheseg: "2-р хэсэг"}})
	for i := range s.Points { // the data's date is printed: keep it put
		s.Points[i].Modified = day
	}
	var pl []Layer
	for _, l := range layers {
		pl = append(pl, Layer{Layer: l.Layer, Role: l.Role, Colour: l.Colour, Hidden: l.Hidden})
	}
	return FromLayers("Сургалтын хороо", pl, s)
}

// TestPageGolden compares a page of the training khoroo with the one kept
// in testdata (rendering is deterministic); a differing page is written to
// testdata/failed to look at.
func TestPageGolden(t *testing.T) {
	p := sample(t)
	imgs, err := PageImages(p, Extent{}, Options{Landscape: true, DPI: 150, Lang: "mn", Notes: "Ус түгээх 3-р байр эвдэрсэн. Өвөл хөлддөг.", Source: "5-р хэсгийн ахлагч", Date: day}, fonts)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/training_a4_landscape.png", imgs[0])
}

func golden(t *testing.T, path string, got *image.RGBA) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		save(t, path, got)
		t.Fatalf("no golden %s: wrote it; look at it and run again", path)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != got.Bounds() {
		t.Fatalf("page is %v, golden %v", got.Bounds(), want.Bounds())
	}
	diff := 0
	b := got.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := got.At(x, y).RGBA()
			r2, g2, b2, _ := want.At(x, y).RGBA()
			if absDiff(r1, r2) > 0x1000 || absDiff(g1, g2) > 0x1000 || absDiff(b1, b2) > 0x1000 {
				diff++
			}
		}
	}
	if diff > b.Dx()*b.Dy()/2000 {
		failed := filepath.Join(filepath.Dir(path), "failed", filepath.Base(path))
		save(t, failed, got)
		t.Errorf("%d pixels differ from %s; the page is in %s", diff, path, failed)
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func save(t *testing.T, path string, img image.Image) {
	os.MkdirAll(filepath.Dir(path), 0o755)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, img)
}

// pdfPages reads a PDF's page count and the size of its first page (in
// points) from its page objects.
func pdfPages(t *testing.T, pdf []byte) (int, float64, float64) {
	t.Helper()
	n := len(regexp.MustCompile(`/Type /Page\b[^s]`).FindAll(pdf, -1))
	m := regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`).FindSubmatch(pdf)
	if m == nil {
		t.Fatalf("no MediaBox in the PDF")
	}
	w, _ := strconv.ParseFloat(string(m[1]), 64)
	h, _ := strconv.ParseFloat(string(m[2]), 64)
	return n, w, h
}

func TestPDFPagesAndSizes(t *testing.T) {
	p := sample(t)
	for _, tc := range []struct {
		paper     string
		landscape bool
		summary   bool
		pages     int
		w, h      float64 // points
	}{
		{"A4", false, false, 1, 595.28, 841.89},
		{"A4", true, true, 2, 841.89, 595.28}, // seven kheseg rows: the table goes on page 2
		{"A3", true, false, 1, 1190.55, 841.89},
	} {
		t.Run(fmt.Sprintf("%s landscape=%v summary=%v", tc.paper, tc.landscape, tc.summary), func(t *testing.T) {
			var b bytes.Buffer
			if err := PDF(&b, p, Extent{}, Options{Paper: tc.paper, Landscape: tc.landscape, Summary: tc.summary, Date: day}, fonts); err != nil {
				t.Fatal(err)
			}
			n, w, h := pdfPages(t, b.Bytes())
			if n != tc.pages || abs(w-tc.w) > 0.1 || abs(h-tc.h) > 0.1 {
				t.Errorf("%d pages of %.2f x %.2f pt, want %d of %.2f x %.2f", n, w, h, tc.pages, tc.w, tc.h)
			}
			if !bytes.Contains(b.Bytes(), []byte("/FontFile2")) {
				t.Error("the font is not embedded")
			}
		})
	}
}

// The page font has real glyphs for Mongolian Cyrillic: Ө and Ү draw ink
// that differs from the missing-glyph box a font without them would draw.
func TestCyrillicGlyphsDrawn(t *testing.T) {
	f, err := fonts.parse()
	if err != nil {
		t.Fatal(err)
	}
	draw := func(text string) *image.RGBA {
		s := newRasterSurface(40, 15, 150, f)
		s.text(2, 11, 24, true, ink, text)
		return s.img
	}
	ink := func(img *image.RGBA) int {
		n := 0
		for i := 0; i < len(img.Pix); i += 4 {
			if img.Pix[i] < 128 {
				n++
			}
		}
		return n
	}
	tofu := draw("\U0010FFFD\U0010FFFD")
	for _, text := range []string{"ӨҮ", "өү"} {
		img := draw(text)
		if ink(img) < 100 {
			t.Errorf("%q drew only %d dark pixels", text, ink(img))
		}
		if bytes.Equal(img.Pix, tofu.Pix) {
			t.Errorf("%q drew the missing-glyph box", text)
		}
	}
	// and on a whole page: the title's band has ink
	p := sample(t)
	p.Title = "Өнөр Үүрийн хороо"
	imgs, err := PageImages(p, Extent{}, Options{DPI: 150, Date: day}, fonts)
	if err != nil {
		t.Fatal(err)
	}
	band := imgs[0].SubImage(image.Rect(0, 59, imgs[0].Bounds().Dx()/2, 118)).(*image.RGBA) // 10 to 20 mm from the top at 150 dpi
	dark := 0
	for y := band.Rect.Min.Y; y < band.Rect.Max.Y; y++ {
		for x := band.Rect.Min.X; x < band.Rect.Max.X; x++ {
			if band.RGBAAt(x, y).R < 100 {
				dark++
			}
		}
	}
	if dark < 500 {
		t.Errorf("the title band has only %d dark pixels", dark)
	}
}

func TestAtlasOfKheseg(t *testing.T) {
	p := sample(t)
	areas := p.Areas(geo.RoleKheseg)
	if len(areas) != 6 {
		t.Fatalf("%d kheseg", len(areas))
	}
	var b bytes.Buffer
	var seen []int
	err := Atlas(&b, p, areas, Options{Landscape: true, Date: day}, fonts, func(done, total int) bool {
		seen = append(seen, done)
		return total == 6
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, _, _ := pdfPages(t, b.Bytes()); n != 1+1+6 {
		t.Errorf("%d pages, want a cover, an index and 6 kheseg", n)
	}
	if len(seen) != 6 || seen[5] != 6 {
		t.Errorf("progress %v", seen)
	}
	err = Atlas(&bytes.Buffer{}, p, areas, Options{Date: day}, fonts, func(done, total int) bool { return done < 2 })
	if !errors.Is(err, ErrCancelled) {
		t.Errorf("cancelling gave %v", err)
	}
}

func TestFindArea(t *testing.T) {
	p := sample(t)
	for _, tc := range []struct{ q, want, err string }{
		{"3-р хэсэг", "3-р хэсэг", ""},
		{"3-r heseg", "3-р хэсэг", ""},
		{"Шар хадны жалга", "Шар хадны жалга", ""},
		{"хэсэг", "", "areas are called"},
		{"Zaisan", "", "the closest names are"},
	} {
		a, err := p.FindArea(tc.q)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("FindArea(%q): %v", tc.q, err)
			}
			continue
		}
		if err != nil || a.Name != tc.want {
			t.Errorf("FindArea(%q) = %q, %v", tc.q, a.Name, err)
		}
	}
}

func TestOptions(t *testing.T) {
	for _, o := range []Options{{Paper: "Letter"}, {DPI: 600}, {Lang: "ru"}} {
		if o.Validate() == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}

func realProject(t testing.TB) *Project {
	l, err := load.File(realdata.File(t, "khoroo-map/khoroos.geojson"), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return FromLayers("Улаанбаатар", []Layer{{Layer: l, Role: geo.RoleKhoroo}}, &annot.Set{Categories: annot.DefaultCategories()})
}

// The real khoroos know their districts, and a name shared by several
// khoroos is told apart by it.
func TestRealAreas(t *testing.T) {
	p := realProject(t)
	areas := p.Areas(geo.RoleKhoroo)
	if len(areas) != 204 || areas[0].District == "" {
		t.Fatalf("%d areas, first %+v", len(areas), areas[0].Name)
	}
	if _, err := p.FindArea("1-р хороо"); err == nil || !strings.Contains(err.Error(), "add the district") {
		t.Errorf("an ambiguous name: %v", err)
	}
	if a, err := p.FindArea("sukhbaatar 6-r khoroo"); err != nil || a.District != "Сүхбаатар" {
		t.Errorf("with the district: %+v %v", a.District, err)
	}
}

// A page can show who lives too far from a service: the regions shaded, a
// legend entry, and the share per kheseg in the summary table.
func TestCoverageOnThePage(t *testing.T) {
	p := sample(t)
	opt := Options{Landscape: true, Summary: true, Date: day, Lang: "en", Coverage: &Coverage{Category: "water_kiosk", Distance: 500, By: geo.RoleKheseg}}
	if err := opt.Validate(); err != nil {
		t.Fatal(err)
	}
	f, _ := fonts.parse()
	pg := newPage(p, Extent{}, opt, f)
	if pg.coverage == nil || len(pg.coverage.results) != 6 || len(pg.coverage.shaded.Features) == 0 {
		t.Fatalf("coverage %+v", pg.coverage)
	}
	last := pg.legend[len(pg.legend)-1]
	if !strings.Contains(last.label, "Beyond 500 m of a working Water kiosk") {
		t.Errorf("legend ends with %q", last.label)
	}
	col := len(pg.table.head) - 1
	if !pg.table.percent[col] || pg.table.cell(col, pg.table.rows[0].counts[col]) == "" {
		t.Errorf("no coverage column in the summary: %v", pg.table.head)
	}
	imgs, err := PageImages(p, Extent{}, opt, fonts)
	if err != nil || len(imgs) != 2 {
		t.Fatalf("%d images, %v", len(imgs), err)
	}
	if n := countNear(imgs[0], uncoveredStyle.Stroke); n < 200 {
		t.Errorf("only %d pixels of the shading's outline on the page", n)
	}
}

func countNear(img *image.RGBA, c color.NRGBA) int {
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if absDiff(uint32(img.Pix[i]), uint32(c.R)) < 20 && absDiff(uint32(img.Pix[i+1]), uint32(c.G)) < 20 && absDiff(uint32(img.Pix[i+2]), uint32(c.B)) < 20 {
			n++
		}
	}
	return n
}

// basemapOf writes an MBTiles of solid tiles over the training khoroo,
// each tile its own colour.
func basemapOf(t testing.TB) (basemap.Source, func(basemap.Key) color.NRGBA) {
	colour := func(k basemap.Key) color.NRGBA {
		return color.NRGBA{uint8(60 + 9*k.Z), uint8(k.X * 41 % 200), uint8(k.Y * 67 % 200), 255}
	}
	tiles := map[basemap.Key][]byte{}
	for z := 13; z <= 16; z++ {
		n := math.Exp2(float64(z))
		cx := int((106.925 + 180) / 360 * n)
		lat := 47.96 * math.Pi / 180
		cy := int((1 - math.Log(math.Tan(lat)+1/math.Cos(lat))/math.Pi) / 2 * n)
		r := 2 << (z - 13)
		for x := cx - r; x <= cx+r; x++ {
			for y := cy - r; y <= cy+r; y++ {
				img := image.NewRGBA(image.Rect(0, 0, 256, 256))
				c := colour(basemap.Key{Z: z, X: x, Y: y})
				for i := 0; i < len(img.Pix); i += 4 {
					img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, 255
				}
				var b bytes.Buffer
				png.Encode(&b, img)
				tiles[basemap.Key{Z: z, X: x, Y: y}] = b.Bytes()
			}
		}
	}
	path := filepath.Join(t.TempDir(), "training.mbtiles")
	if err := basemap.WriteMBTiles(path, map[string]string{"name": "Сургалтын зураг", "minzoom": "13", "maxzoom": "16", "format": "png", "attribution": "© сургалтын зураг"}, tiles); err != nil {
		t.Fatal(err)
	}
	src, err := basemap.OpenMBTiles(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { src.Close() })
	return src, colour
}

// A page with an MBTiles basemap shows the right tile under each spot of
// the map, and prints the basemap's attribution.
func TestPageWithBasemap(t *testing.T) {
	p := sample(t)
	src, colour := basemapOf(t)
	p.Basemap = src
	p.prepare()
	f, _ := fonts.parse()
	opt := Options{Landscape: true, DPI: 150, Date: day}
	opt.Validate()
	pg := newPage(p, Extent{}, opt, f)
	if !strings.Contains(pg.credits, "© сургалтын зураг") {
		t.Errorf("footer %q", pg.credits)
	}
	if err := pg.render(); err != nil {
		t.Fatal(err)
	}
	// a spot with nothing drawn over it: between the khoroo's outline and the frame
	at := pg.view.LonLat(6, 6)
	z := min(16, int(math.Round(pg.view.Zoom)))
	n := math.Exp2(float64(z))
	lat := at[1] * math.Pi / 180
	k := basemap.Key{Z: z, X: int((at[0] + 180) / 360 * n), Y: int((1 - math.Log(math.Tan(lat)+1/math.Cos(lat))/math.Pi) / 2 * n)}
	want := colour(k)
	if got := pg.mapImg.RGBAAt(6, 6); absDiff(uint32(got.R), uint32(want.R)) > 3 || absDiff(uint32(got.G), uint32(want.G)) > 3 || absDiff(uint32(got.B), uint32(want.B)) > 3 {
		t.Errorf("the map's corner shows %v, want tile %v's %v", got, k, want)
	}
}

// BenchmarkPageA4At300Basemap is the 300 dpi page over an MBTiles
// basemap (target: under 1 s).
func BenchmarkPageA4At300Basemap(b *testing.B) {
	p := with500(b)
	src, _ := basemapOf(b)
	p.Basemap = src
	b.ReportAllocs()
	for b.Loop() {
		p.Cache = nil // every page reads and decodes its tiles anew
		if _, err := PageImages(p, Extent{}, Options{Landscape: true, DPI: 300, Date: day}, fonts); err != nil {
			b.Fatal(err)
		}
	}
}
