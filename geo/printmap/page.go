package printmap

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// box is a rectangle on the page, in millimetres.
type box struct{ x, y, w, h float64 }

// page is one laid-out map page, ready to render and draw.
type page struct {
	opt             Options
	proj            *Project
	fonts           render.Fonts
	w, h, k         float64 // size in mm; k scales type and furniture with the paper
	title, subtitle string
	mapBox          box
	view            render.View // the map in pixels at the page's dpi
	scale           float64     // map pixels per screen pixel
	scene           render.Scene
	focus           *Area
	legend          []legendItem
	legendLayout    legendLayout // the entries wrapped, in columns
	legendBox       box
	insetBox        box
	insetView       render.View
	notesBox        box
	summaryBox      box // zero when the table goes on its own page
	table           *table
	credits         string   // who made the map, from what data, when
	creditLines     []string // the credits, wrapped
	creditsBox      box
	pageNumber      string // "Page 3 / 209" in an atlas
	// centre makes the inset an enlargement of the dense centre of a
	// city's page, where an overview would repeat the map.
	centre   bool
	split    int // scene layers under the coverage shading
	coverage *pageCoverage
	mapImg   *image.RGBA
	insetImg *image.RGBA
	// mapPic and insetPic are the pictures as placed: the images, or their
	// encoded copies (see encode).
	mapPic, insetPic image.Image
}

// Colours of the page furniture.
var (
	ink      = color.NRGBA{0x21, 0x21, 0x21, 0xff}
	grey     = color.NRGBA{0x61, 0x61, 0x61, 0xff}
	frame    = color.NRGBA{0x42, 0x42, 0x42, 0xff}
	paper    = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	mapPaper = color.NRGBA{0xf4, 0xf1, 0xea, 0xff}
	focusRed = color.NRGBA{0xd8, 0x1b, 0x60, 0xff}
	none     = color.NRGBA{}
)

// newPage lays out a page (nothing is drawn yet).
func newPage(p *Project, ext Extent, opt Options, fonts render.Fonts) *page {
	pg := &page{opt: opt, proj: p, fonts: fonts, focus: ext.Area}
	pg.centre = ext.Area == nil && ext.View == nil && len(p.Areas(geo.RoleKhoroo)) >= 20
	pg.scale = float64(opt.DPI) / 96
	m := memo(measureSurface(fonts))
	b := pg.target(ext)
	pg.titles(b)
	if opt.AutoOrientation {
		pg.opt.Landscape = pg.landscapeFits(m, b)
	}
	pg.arrange(m, b)
	pg.place(b)
	if pg.table != nil {
		pg.coverage.addColumn(pg.table, p, opt.Lang)
	}
	return pg
}

// target is what the map must show: the area, the screen's view, or the
// whole project.
func (pg *page) target(ext Extent) orb.Bound {
	b, ok := pg.proj.bound()
	switch {
	case ext.Area != nil:
		b, ok = ext.Area.Geometry.Bound(), true
	case ext.View != nil:
		b, ok = ext.View.Bound(), true
	}
	if !ok {
		b = orb.Bound{Min: orb.Point{106.8, 47.85}, Max: orb.Point{107.0, 47.95}}
	}
	return b
}

// landscapeFits says whether b's shape is closer to the map frame of a
// landscape page than of a portrait one: a tall khoroo gets portrait, a
// wide district landscape.
func (pg *page) landscapeFits(m measurer, b orb.Bound) bool {
	x0, y0 := render.View{Zoom: 0}.Pixel(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := render.View{Zoom: 0}.Pixel(orb.Point{b.Max[0], b.Min[1]})
	shape := math.Log(math.Max(x1-x0, 1e-12) / math.Max(y1-y0, 1e-12))
	misfit := map[bool]float64{}
	for _, l := range []bool{false, true} {
		pg.opt.Landscape = l
		pg.arrange(m, b)
		misfit[l] = math.Abs(math.Log(pg.mapBox.w/pg.mapBox.h) - shape)
	}
	return misfit[true] < misfit[false]
}

// legendItems lists what the map shows, and the coverage shading.
func (pg *page) legendItems() []legendItem {
	items := legendFor(pg.proj, pg.view.Bound(), pg.focus, pg.opt.Lang)
	if c := pg.opt.Coverage; c != nil {
		items = append(items, coverageLegend(pg.proj, *c, pg.opt.Lang))
	}
	if pg.opt.Summary {
		pg.table = summaryTable(pg.proj, pg.view.Bound(), pg.focus, pg.opt.Coverage, pg.opt.Lang)
		if pg.table != nil && len(pg.table.rows) == 0 {
			pg.table = nil
		}
	}
	return items
}

// place builds the scene of the map and the overview's view.
func (pg *page) place(shown orb.Bound) {
	pg.scene = render.Scene{Layers: pg.proj.labelledLayers(pg.focus, pg.view.Bound()), Selected: render.None}
	if dm := pg.proj.districtsDrawn(); dm != nil {
		st := render.DefaultStyle(geo.RoleDistrict)
		st.Stroke.A, st.StrokeWidth = 0, 0 // only the names: the borders come from the khoroos' edges
		names := render.DrawLayer{Layer: dm.names, Role: geo.RoleDistrict, Style: st, Inert: true}
		pg.scene.Layers = append([]render.DrawLayer{names}, pg.scene.Layers...)
	}
	if c := pg.opt.Coverage; c != nil {
		pg.coverage = coverageOf(pg.proj, *c, pg.view.Bound())
		pg.split = len(pg.scene.Layers) // the shading goes over the boundaries, under the annotations
	}
	pg.scene.Layers = append(pg.scene.Layers, annotationLayers(pg.proj.Annotations, pg.opt.Lang)...)
	pg.insetView = pg.insetFor(shown)
}

// mustBound is the project's extent, or an empty bound.
func (p *Project) mustBound() orb.Bound {
	b, _ := p.bound()
	return b
}

// bound is the extent of everything in the project.
func (p *Project) bound() (orb.Bound, bool) {
	var b orb.Bound
	ok := false
	add := func(o orb.Bound) {
		if !ok {
			b, ok = o, true
		} else {
			b = b.Union(o)
		}
	}
	for _, dl := range p.Layers {
		if !dl.Hidden && len(dl.Layer.Features) > 0 {
			add(dl.Layer.Bound)
		}
	}
	if p.Annotations != nil {
		for _, pt := range p.Annotations.Points {
			add(pt.Location.Bound())
		}
		for _, g := range p.Annotations.Gaps {
			add(g.Geometry.Bound())
		}
	}
	return b, ok
}

// render draws the map and the inset pictures. Pages render
// independently, so an atlas renders several at once.
func (pg *page) render() error {
	var focus orb.MultiPolygon
	if pg.focus != nil {
		focus = pg.focus.Geometry
	}
	var err error
	req := mapRequest{scene: pg.scene, view: pg.view, scale: pg.scale, focus: focus, background: mapPaper, reserved: pg.panels(measureSurface(pg.fonts))}
	if dm := pg.proj.districtsDrawn(); dm != nil {
		req.borders = dm.edges
	}
	req.shade, req.split = pg.coverage.shade(pg.scale), pg.split
	req.renderers = &pg.proj.maps
	if p := pg.proj; p.Basemap != nil && p.Cache != nil {
		opacity := p.BasemapOpacity
		if opacity <= 0 {
			opacity = 1
		}
		req.basemap = &basemapObject{src: p.Basemap, cache: p.Cache, opacity: opacity}
	}
	if p := pg.proj; p.Streets != nil {
		req.streets = &streetsObject{set: p.Streets, lang: pg.opt.Lang}
	}
	if p := pg.proj; len(p.Sheets) > 0 {
		req.sheets = &sheetsObject{sheets: p.Sheets}
	}
	pg.mapImg, err = renderMap(pg.fonts, req)
	if err != nil {
		return err
	}
	pg.insetImg, err = renderMap(pg.fonts, pg.insetRequest(req))
	return err
}

// draw puts the whole page on a surface.
func (pg *page) draw(s surface) {
	k := pg.k
	s.text(margin, margin+7*k, 18*k, true, ink, ellipsize(s, 18*k, true, pg.title, pg.w-2*margin))
	s.text(margin, margin+14*k, 10*k, false, grey, ellipsize(s, 10*k, false, pg.subtitle, pg.w-2*margin))
	m := pg.mapBox
	s.image(pick(pg.mapPic, pg.mapImg), m.x, m.y, m.w, m.h)
	s.rect(m.x, m.y, m.w, m.h, none, frame, 0.35)
	pg.scaleBar(s)
	pg.northArrow(s)
	pg.drawLegend(s)
	pg.drawNotes(s)
	pg.drawInset(s)
	if pg.table != nil && pg.summaryBox.w > 0 {
		pg.table.drawNarrow(s, pg.summaryBox, k)
	}
	pg.drawCredits(s)
}

// drawNotes draws the notes box: the notes given, then ruled lines to
// write on at the meeting.
func (pg *page) drawNotes(s surface) {
	k, b := pg.k, pg.notesBox
	if b.h < 12*k {
		return
	}
	s.rect(b.x, b.y, b.w, b.h, color.NRGBA{0xfc, 0xfc, 0xf8, 0xff}, frame, 0.25)
	s.text(b.x+2, b.y+5*k, 10*k, true, ink, word("Notes", pg.opt.Lang))
	lh := lineHeight(bodySize * k)
	y := b.y + 5*k + lh + 0.5*k
	for _, l := range wrap(s, bodySize*k, false, pg.opt.Notes, b.w-4, int((b.h-7*k)/lh)) {
		if l != "" {
			s.text(b.x+2, y, bodySize*k, false, ink, l)
			y += lh
		}
	}
	for y += 5 * k; y < b.y+b.h-2; y += 7 * k { // writing lines, 7 mm apart
		s.line(b.x+2, y, b.x+b.w-2, y, withAlpha(grey, 0x70), 0.15)
	}
}

// drawCredits writes the credits at the foot of the page, and the page
// number on the right.
func (pg *page) drawCredits(s surface) {
	k, b := pg.k, pg.creditsBox
	lh := lineHeight(bodySize * k)
	for i, l := range pg.creditLines {
		s.text(b.x, b.y+float64(i+1)*lh-1*k, bodySize*k, false, grey, l)
	}
	if pg.pageNumber != "" {
		s.text(pg.w-margin-s.textWidth(bodySize*k, true, pg.pageNumber), b.y+lh-1*k, bodySize*k, true, ink, pg.pageNumber)
	}
}

func (pg *page) String() string { return fmt.Sprintf("page %q %.0fx%.0f mm", pg.title, pg.w, pg.h) }

// pick is the encoded picture when there is one.
func pick(enc image.Image, img *image.RGBA) image.Image {
	if enc != nil {
		return enc
	}
	return img
}
