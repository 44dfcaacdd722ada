package printmap

import (
	"image"
	"image/color"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// placed is one text a page wrote.
type placed struct {
	x, y, size float64
	bold       bool
	s          string
	w          float64
}

// recorder is a surface that keeps the texts written on it.
type recorder struct {
	measurer
	texts []placed
}

func (r *recorder) text(x, y, size float64, bold bool, _ color.NRGBA, s string) {
	r.texts = append(r.texts, placed{x, y, size, bold, s, r.textWidth(size, bold, s)})
}
func (r *recorder) rect(x, y, w, h float64, fill, stroke color.NRGBA, width float64) {}
func (r *recorder) line(x1, y1, x2, y2 float64, c color.NRGBA, width float64)        {}
func (r *recorder) polygon(pts [][2]float64, fill color.NRGBA)                       {}
func (r *recorder) image(img image.Image, x, y, w, h float64)                        {}

// laidOut lays a page out and writes it on a recorder, without rendering
// the map.
func laidOut(t *testing.T, p *Project, ext Extent, opt Options) (*page, *recorder) {
	t.Helper()
	if err := opt.Validate(); err != nil {
		t.Fatal(err)
	}
	f, err := fonts.parse()
	if err != nil {
		t.Fatal(err)
	}
	pg := newPage(p, ext, opt, f)
	r := &recorder{measurer: measureSurface(f)}
	pg.draw(r)
	return pg, r
}

// overlapping finds two texts whose boxes (ascent and descent of the
// type) cross.
func overlapping(texts []placed) (placed, placed, bool) {
	top := func(p placed) float64 { return p.y - p.size*25.4/72*0.75 }
	bottom := func(p placed) float64 { return p.y + p.size*25.4/72*0.2 }
	for i, a := range texts {
		for _, b := range texts[i+1:] {
			if a.s == "" || b.s == "" {
				continue
			}
			if a.x < b.x+b.w-0.05 && b.x < a.x+a.w-0.05 && top(a) < bottom(b)-0.05 && top(b) < bottom(a)-0.05 {
				return a, b, true
			}
		}
	}
	return placed{}, placed{}, false
}

// Every text on a page, the summary table's headers included, is at least
// 8 pt (9 pt outside tables), stays on the paper and overprints no other.
func TestPageTextLegible(t *testing.T) {
	for _, landscape := range []bool{false, true} {
		for _, lang := range []string{"mn", "en"} {
			p := sample(t)
			pg, r := laidOut(t, p, Extent{}, Options{Landscape: landscape, Lang: lang, Summary: true, Notes: "Ус түгээх байр эвдэрсэн.", Date: day})
			for _, tx := range r.texts {
				if tx.size < tableSize*pg.k-1e-9 {
					t.Errorf("landscape %v %s: %q at %.1f pt", landscape, lang, tx.s, tx.size)
				}
				if tx.x < margin-0.01 || tx.x+tx.w > pg.w-margin+0.01 {
					t.Errorf("landscape %v %s: %q runs off the paper (%.1f to %.1f mm)", landscape, lang, tx.s, tx.x, tx.x+tx.w)
				}
			}
			if a, b, ok := overlapping(r.texts); ok {
				t.Errorf("landscape %v %s: %q overprints %q", landscape, lang, a.s, b.s)
			}
			for i, it := range pg.legend {
				if got := strings.Join(pg.legendLayout.lines[i], " "); got != it.text() {
					t.Errorf("legend entry %q printed as %q", it.text(), got)
				}
			}
		}
	}
}

// The summary table on a page of its own: headers wrapped in their
// columns, never into each other or into the rows, at 8 pt.
func TestTablePageLegible(t *testing.T) {
	p := sample(t)
	for i := range p.Annotations.Categories {
		p.Annotations.Categories[i].NameMN += " үйлчилгээний талбай"
	}
	f, _ := fonts.parse()
	tb := summaryTable(p, p.mustBound(), nil, nil, "mn")
	r := &recorder{measurer: measureSurface(f)}
	next := tb.draw(r, box{margin, margin, 190, 277}, 1, "mn", 0)
	if next != len(tb.rows) {
		t.Errorf("%d of %d rows drawn", next, len(tb.rows))
	}
	for _, tx := range r.texts {
		if tx.size < tableSize {
			t.Errorf("%q at %.1f pt", tx.s, tx.size)
		}
	}
	if a, b, ok := overlapping(r.texts); ok {
		t.Errorf("%q overprints %q", a.s, b.s)
	}
}

// A 200,000-character category name is printed cut to its room, the
// legend entry wrapped on at most four lines: fitting text takes a
// bounded number of measurements, whatever its length (a 5,000-character
// name took 17 s before).
func TestHugeCategoryName(t *testing.T) {
	p := sample(t)
	huge := strings.Repeat("Өргөн", 40000)
	p.Annotations.Categories[0].NameMN = huge
	p.Annotations.Categories[1].NameMN = strings.Repeat("үг ", 70000)
	pg, r := laidOut(t, p, Extent{}, Options{Summary: true, Date: day, Lang: "mn"})
	for _, tx := range r.texts {
		if tx.x+tx.w > pg.w-margin+0.01 {
			t.Errorf("%d characters run off the paper", len([]rune(tx.s)))
		}
	}
	e := slices.IndexFunc(pg.legend, func(it legendItem) bool { return it.label == huge })
	if e < 0 {
		t.Fatal("the huge category is not in the legend")
	}
	if n := len(pg.legendLayout.lines[e]); n > 4 {
		t.Errorf("the legend entry has %d lines", n)
	}
	if !strings.HasSuffix(pg.legendLayout.lines[e][len(pg.legendLayout.lines[e])-1], ellipsis) {
		t.Errorf("the cut entry does not say so: %q", pg.legendLayout.lines[e])
	}
	if _, err := PageImages(p, Extent{}, Options{Summary: true, Date: day}, fonts); err != nil {
		t.Fatal(err)
	}
}

func TestWrapAndEllipsize(t *testing.T) {
	f, _ := fonts.parse()
	m := measureSurface(f)
	for _, c := range []struct {
		name, text string
		width      float64
		max        int
	}{
		{"short", "Сургууль", 50, 0},
		{"words", "Өрхийн эрүүл мэндийн төв ба бусад", 20, 0},
		{"one long word", strings.Repeat("ө", 300), 20, 0},
		{"capped", strings.Repeat("үйлчилгээний ", 1000), 30, 3},
		{"paragraphs", "нэг\n\nхоёр", 30, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := wrap(m, 9, false, c.text, c.width, c.max)
			for _, l := range lines {
				if w := m.textWidth(9, false, l); w > c.width+0.01 {
					t.Errorf("line %q is %.1f mm wide, room %.1f", l, w, c.width)
				}
			}
			if c.max > 0 && len(lines) > c.max {
				t.Errorf("%d lines, at most %d", len(lines), c.max)
			}
			if c.max == 0 && strings.Join(strings.Fields(strings.Join(lines, "")), "") != strings.Join(strings.Fields(c.text), "") {
				t.Errorf("text lost: %q", lines)
			}
		})
	}
	if got := ellipsize(m, 9, false, "Сургууль", 50); got != "Сургууль" {
		t.Errorf("a fitting text became %q", got)
	}
	if got := ellipsize(m, 9, false, strings.Repeat("ө", 200000), 20); !strings.HasSuffix(got, ellipsis) || m.textWidth(9, false, got) > 20 {
		t.Errorf("cut to %q", got)
	}
}

func TestScaleRatio(t *testing.T) {
	for _, c := range []struct {
		n    float64
		want string
	}{{9012, "1:9 000"}, {190345, "1:190 000"}, {123, "1:120"}, {1, "1:1"}, {0, ""}} {
		if got := scaleRatio(c.n); got != c.want {
			t.Errorf("scaleRatio(%g) = %q, want %q", c.n, got, c.want)
		}
	}
}

// The north arrow says Хойд (a lone Х reads as a Latin X) or N, and the
// scale bar has the numeric scale beside it.
func TestNorthAndScale(t *testing.T) {
	for lang, north := range map[string]string{"mn": "Хойд", "en": "N"} {
		_, r := laidOut(t, sample(t), Extent{}, Options{Lang: lang, Date: day})
		var found, ratio bool
		for _, tx := range r.texts {
			found = found || tx.s == north
			ratio = ratio || strings.HasPrefix(tx.s, "1:")
		}
		if !found || !ratio {
			t.Errorf("%s: north %v, numeric scale %v", lang, found, ratio)
		}
	}
}

// The default title names the place, never the project's file: the one
// khoroo of the training project.
func TestDefaultTitle(t *testing.T) {
	p := sample(t)
	p.Title = "p"
	pg, _ := laidOut(t, p, Extent{}, Options{Date: day})
	if pg.title != "Сургалтын 1-р хороо" {
		t.Errorf("title %q", pg.title)
	}
	pg, _ = laidOut(t, p, Extent{}, Options{Title: "Хурал", Date: day})
	if pg.title != "Хурал" {
		t.Errorf("a given title became %q", pg.title)
	}
}

// Points imported from OpenStreetMap are credited as ODbL requires, with
// each layer's source, the author and the data's date.
func TestCredits(t *testing.T) {
	p := sample(t)
	p.Annotations.Points[0].Notes = "OpenStreetMap: amenity=clinic"
	pg, r := laidOut(t, p, Extent{}, Options{Lang: "en", Source: "Bat, 5th kheseg", Date: day})
	for _, want := range []string{"© OpenStreetMap contributors", "Author: Bat, 5th kheseg", "Data as of: 2026-11-28", "Source: "} {
		if !strings.Contains(pg.credits, want) {
			t.Errorf("credits %q lack %q", pg.credits, want)
		}
	}
	printed := ""
	for _, tx := range r.texts {
		printed += tx.s + " "
	}
	if !strings.Contains(printed, "OpenStreetMap") {
		t.Errorf("the credits are not printed")
	}
	p.Annotations.Points[0].Notes = ""
	if pg, _ := laidOut(t, p, Extent{}, Options{Lang: "en", Date: day}); strings.Contains(pg.credits, "OpenStreetMap") {
		t.Errorf("OSM credited without OSM data: %q", pg.credits)
	}
}

// An unnamed point has no label on paper (not its category, "Other").
func TestUnnamedPointsUnlabelled(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{
		{Meta: annot.Meta{ID: "a"}, Category: "other", Status: annot.Working, Location: orb.Point{106.9, 47.9}},
		{Meta: annot.Meta{ID: "b"}, Category: "other", Name: "Эмнэлэг", Status: annot.Working, Location: orb.Point{106.91, 47.9}},
	}}
	var names []string
	for _, l := range annotationLayers(s, "en") {
		for _, f := range l.Layer.Features {
			names = append(names, f.Name)
		}
	}
	if strings.Join(names, ",") != ",Эмнэлэг" {
		t.Errorf("labels %q", names)
	}
}

// A tall area gets a portrait page and a wide one landscape, unless the
// orientation is asked for.
func TestOrientationFollowsShape(t *testing.T) {
	p := sample(t)
	tall := Area{Name: "tall", Role: geo.RoleKhoroo, Geometry: orb.MultiPolygon{{{{106.90, 47.90}, {106.91, 47.90}, {106.91, 47.93}, {106.90, 47.93}, {106.90, 47.90}}}}}
	wide := Area{Name: "wide", Role: geo.RoleKhoroo, Geometry: orb.MultiPolygon{{{{106.90, 47.90}, {106.96, 47.90}, {106.96, 47.91}, {106.90, 47.91}, {106.90, 47.90}}}}}
	for _, c := range []struct {
		a         Area
		auto      bool
		landscape bool
		want      bool
	}{{tall, true, true, false}, {wide, true, false, true}, {tall, false, true, true}, {wide, false, false, false}} {
		pg, _ := laidOut(t, p, Extent{Area: &c.a}, Options{AutoOrientation: c.auto, Landscape: c.landscape, Date: day})
		if got := pg.w > pg.h; got != c.want {
			t.Errorf("%s, auto %v: landscape %v, want %v", c.a.Name, c.auto, got, c.want)
		}
	}
}

// The coverage title needs no suffix after a category's name ("төв-ээс").
func TestCoverageTitleMongolian(t *testing.T) {
	p := sample(t)
	got := coverageTitle(p, Coverage{Category: "health_centre", Distance: 1000}, "mn")
	if strings.Contains(got, "-ээс") || strings.Contains(got, "-аас") || !strings.Contains(got, "1000 метрээс") {
		t.Errorf("title %q", got)
	}
}

// A whole district can be printed from the khoroos' district attribute:
// its page frames the district, titled by its name.
func TestDistrictPage(t *testing.T) {
	p := realProject(t)
	a, err := p.FindArea("Сүхбаатар")
	if err != nil {
		t.Fatal(err)
	}
	if a.Role != geo.RoleDistrict || len(a.Geometry) < 20 {
		t.Fatalf("found %s %v of %d parts", a.Name, a.Role, len(a.Geometry))
	}
	pg, _ := laidOut(t, p, Extent{Area: &a}, Options{Date: day, Lang: "mn"})
	shown, city := pg.view.Bound(), p.mustBound()
	if !strings.HasPrefix(pg.subtitle, "Улаанбаатар хот · ") {
		t.Errorf("the district's subtitle %q does not name the city", pg.subtitle)
	}
	if pg.title != "Сүхбаатар" || !shown.Contains(a.Geometry.Bound().Min) || !shown.Contains(a.Geometry.Bound().Max) {
		t.Errorf("title %q, the map shows %v for %v", pg.title, shown, a.Geometry.Bound())
	}
	if shown.Max[0]-shown.Min[0] > (city.Max[0]-city.Min[0])/2 {
		t.Errorf("the district's page shows %v, about the whole city %v", shown, city)
	}
	if pg, _ := laidOut(t, p, Extent{}, Options{Date: day, Lang: "mn"}); pg.title != "Улаанбаатар хот" {
		t.Errorf("the city's page is titled %q", pg.title)
	}
}

// The PDF says its title, author and subject, and an atlas has a bookmark
// for the cover, the index and every area's page.
func TestPDFMetadataAndBookmarks(t *testing.T) {
	p := sample(t)
	areas := p.Areas(geo.RoleKheseg)
	var b strings.Builder
	if err := Atlas(&b, p, areas, Options{Source: "Bat", Date: day}, fonts, nil); err != nil {
		t.Fatal(err)
	}
	pdf := b.String()
	for _, want := range []string{"/Author ", "/Subject ", "/Creator ", "/Outlines "} {
		if !strings.Contains(pdf, want) {
			t.Errorf("the atlas has no %s", want)
		}
	}
	if n := strings.Count(pdf, "/Title "); n != 1+2+len(areas) {
		t.Errorf("%d titles: want the document's and %d bookmarks", n, 2+len(areas))
	}
}

// An atlas without a chosen orientation gives the cover the one that fits
// the whole map (the city is wide: landscape) and each area its own.
func TestAtlasCoverOrientation(t *testing.T) {
	p := realProject(t)
	areas := p.Areas(geo.RoleKhoroo)[:2]
	var b strings.Builder
	if err := Atlas(&b, p, areas, Options{AutoOrientation: true, Date: day}, fonts, nil); err != nil {
		t.Fatal(err)
	}
	pages := regexp.MustCompile(`/Type /Page\b[^s]`).Split(b.String(), -1)[1:]
	box := regexp.MustCompile(`^[^>]*?/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`)
	m := box.FindStringSubmatch(pages[0])
	if m == nil {
		t.Fatal("the cover has the document's portrait size")
	}
	if w, _ := strconv.ParseFloat(m[1], 64); w < 800 {
		t.Errorf("the cover is %s x %s pt, not landscape", m[1], m[2])
	}
}

// A page asked for with no language is worded in words.Default alone: its
// fixed texts, legend names and summary headers all agree.
func TestNoLanguageIsOneLanguage(t *testing.T) {
	p := sample(t)
	texts := func(lang string) []string {
		_, r := laidOut(t, p, Extent{}, Options{Summary: true, Date: day, Lang: lang})
		var out []string
		for _, tx := range r.texts {
			out = append(out, tx.s)
		}
		return out
	}
	none, def := texts(""), texts(string(words.Default))
	if !slices.Equal(none, def) {
		t.Errorf("lang \"\" gives\n%q\nnot %s's\n%q", none, words.Default, def)
	}
	if other := texts("mn"); slices.Equal(other, def) {
		t.Errorf("mn and en pages read the same")
	}
}
