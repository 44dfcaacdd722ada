package printmap

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
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
	insetBox        box
	insetView       render.View
	notesBox        box
	summaryBox      box // zero when the table goes on its own page
	table           *table
	footer          string
	coverage        *pageCoverage
	mapImg          *image.RGBA
	insetImg        *image.RGBA
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
	pg.w, pg.h = opt.size()
	pg.k = math.Max(pg.w, pg.h) / 297
	pg.scale = float64(opt.DPI) / 96
	pg.titles()
	pg.layout()
	pg.place(ext)
	pg.legend = legendFor(p, pg.view.Bound(), opt.Lang)
	if pg.coverage != nil {
		pg.legend = append(pg.legend, pg.coverage.legendItem(p, opt.Lang))
	}
	if opt.Summary {
		pg.table = summaryTable(p, pg.view.Bound(), ext.Area, opt.Lang)
		pg.coverage.addColumn(pg.table, p, opt.Lang)
	}
	pg.fitSummary()
	return pg
}

// titles fills in the title, subtitle and footer.
func (pg *page) titles() {
	o := pg.opt
	pg.title = o.Title
	if pg.title == "" && pg.focus != nil {
		pg.title = pg.focus.Name
	}
	if pg.title == "" {
		pg.title = pg.proj.Title
	}
	pg.subtitle = o.Subtitle
	if pg.subtitle == "" {
		var parts []string
		if pg.focus != nil && pg.focus.District != "" {
			parts = append(parts, pg.focus.District)
		}
		pg.subtitle = strings.Join(append(parts, o.Date.Format("2006-01-02")), " · ")
	}
	var foot []string
	if o.Source != "" {
		foot = append(foot, word("source", o.Lang)+": "+o.Source)
	}
	foot = append(foot, word("made", o.Lang)+", "+o.Date.Format("2006-01-02"))
	attribution := pg.proj.Attribution
	if attribution == "" && pg.proj.Basemap != nil {
		attribution = pg.proj.Basemap.Info().Attribution
		if attribution == "" {
			attribution = pg.proj.Basemap.Info().Name
		}
	}
	if attribution != "" {
		foot = append(foot, word("basemap", o.Lang)+": "+attribution)
	}
	pg.footer = strings.Join(foot, " · ")
}

const margin = 10.0

// layout places the map, the legend, the inset and the notes: a column
// on the right in landscape, a band under the map in portrait.
func (pg *page) layout() {
	top := margin + 20*pg.k
	bottom := pg.h - margin - 6*pg.k
	if pg.opt.Landscape {
		side := pg.w * 0.25
		pg.mapBox = box{margin, top, pg.w - 2*margin - side - 5, bottom - top}
		sx := pg.mapBox.x + pg.mapBox.w + 5
		insetH := side * 0.8
		pg.insetBox = box{sx, bottom - insetH, side, insetH}
		pg.notesBox = box{sx, top, side, pg.insetBox.y - top - 4}
		return
	}
	mapH := (bottom - top) * 0.64
	pg.mapBox = box{margin, top, pg.w - 2*margin, mapH}
	below := pg.mapBox.y + mapH + 5
	half := (pg.w - 2*margin - 5) / 2
	insetH := math.Min(half*0.8, bottom-below)
	pg.insetBox = box{margin + half + 5, bottom - insetH, half, insetH}
	pg.notesBox = box{margin, below, half, bottom - below}
}

// place chooses the map view: the area or the screen view fitted into the
// map box, or the whole project.
func (pg *page) place(ext Extent) {
	wpx := int(pg.mapBox.w / 25.4 * float64(pg.opt.DPI))
	hpx := int(pg.mapBox.h / 25.4 * float64(pg.opt.DPI))
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
	pg.view = render.Fit(b, wpx, hpx, 12*pg.scale)
	pg.scene = render.Scene{Layers: append([]render.DrawLayer(nil), pg.proj.Layers...), Selected: render.None}
	if c := pg.opt.Coverage; c != nil {
		pg.coverage = coverageOf(pg.proj, *c, pg.view.Bound())
		if l := pg.coverage.layer(); l != nil {
			pg.scene.Layers = append(pg.scene.Layers, *l)
		}
	}
	for _, l := range mapstyle.Annotations(pg.proj.Annotations, pg.opt.Lang, nil) {
		pg.scene.Layers = append(pg.scene.Layers, l.Draw)
	}
	pg.insetView = pg.insetFor(b)
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

// insetFor chooses the overview: the district the map lies in when a
// district layer is loaded, else the whole project, and at least a few
// times the map's own extent.
func (pg *page) insetFor(shown orb.Bound) render.View {
	ctx, _ := pg.proj.bound()
	centre := shown.Center()
	for _, dl := range pg.proj.Layers {
		if dl.Role != geo.RoleDistrict {
			continue
		}
		for _, f := range dl.Layer.Features {
			if mp, ok := f.Geometry.(orb.MultiPolygon); ok && mp.Bound().Contains(centre) && planar.MultiPolygonContains(mp, centre) {
				ctx = mp.Bound()
			}
		}
	}
	ctx = ctx.Union(shown.Pad(math.Max(shown.Max[0]-shown.Min[0], shown.Max[1]-shown.Min[1]) * 0.6))
	dpi := float64(pg.opt.DPI)
	return render.Fit(ctx, int(pg.insetBox.w/25.4*dpi), int(pg.insetBox.h/25.4*dpi), 4*pg.scale)
}

// render draws the map and the inset pictures. Pages render
// independently, so an atlas renders several at once.
func (pg *page) render() error {
	var focus orb.MultiPolygon
	if pg.focus != nil {
		focus = pg.focus.Geometry
	}
	var err error
	req := mapRequest{scene: pg.scene, view: pg.view, scale: pg.scale, focus: focus, background: mapPaper}
	if p := pg.proj; p.Basemap != nil && p.Cache != nil {
		opacity := p.BasemapOpacity
		if opacity <= 0 {
			opacity = 1
		}
		req.basemap = &basemapObject{src: p.Basemap, cache: p.Cache, opacity: opacity}
	}
	pg.mapImg, err = renderMap(pg.fonts, req)
	if err != nil {
		return err
	}
	inset := render.Scene{Selected: render.None}
	for _, dl := range pg.proj.Layers {
		dl.Style.LabelSize = 0
		dl.Style.StrokeWidth = math.Min(dl.Style.StrokeWidth, 1.2)
		if dl.Layer.Kind == geo.Polygons {
			inset.Layers = append(inset.Layers, dl)
		}
	}
	pg.insetImg, err = renderMap(pg.fonts, mapRequest{scene: inset, view: pg.insetView, scale: pg.scale, focus: focus, background: mapPaper})
	return err
}

// draw puts the whole page on a surface.
func (pg *page) draw(s surface) {
	k := pg.k
	s.text(margin, margin+7*k, 18*k, true, ink, pg.title)
	s.text(margin, margin+14*k, 10*k, false, grey, pg.subtitle)
	m := pg.mapBox
	s.image(pick(pg.mapPic, pg.mapImg), m.x, m.y, m.w, m.h)
	s.rect(m.x, m.y, m.w, m.h, none, frame, 0.35)
	pg.scaleBar(s)
	pg.northArrow(s)
	y := pg.drawLegend(s)
	pg.drawNotes(s, y)
	pg.drawInset(s)
	if pg.table != nil && pg.summaryBox.w > 0 {
		pg.table.drawNarrow(s, pg.summaryBox, k)
	}
	s.text(margin, pg.h-margin+1, 7*k, false, grey, pg.footer)
}

// drawNotes writes the notes in a box below the legend, if there are any.
func (pg *page) drawNotes(s surface, top float64) {
	if strings.TrimSpace(pg.opt.Notes) == "" {
		return
	}
	k, b := pg.k, pg.notesBox
	y0 := math.Max(top+3, b.y)
	lines := wrap(s, 8*k, false, pg.opt.Notes, b.w-4)
	h := math.Min(float64(len(lines))*3.6*k+9*k, b.y+b.h-y0)
	if h < 12*k {
		return
	}
	s.rect(b.x, y0, b.w, h, color.NRGBA{0xfa, 0xfa, 0xf5, 0xff}, frame, 0.25)
	s.text(b.x+2, y0+5*k, 9*k, true, ink, word("notes", pg.opt.Lang))
	y := y0 + 9*k
	for _, l := range lines {
		if y > y0+h-1 {
			break
		}
		s.text(b.x+2, y, 8*k, false, ink, l)
		y += 3.6 * k
	}
}

// drawInset places the overview with the map's extent marked.
func (pg *page) drawInset(s surface) {
	b := pg.insetBox
	s.image(pick(pg.insetPic, pg.insetImg), b.x, b.y, b.w, b.h)
	shown := pg.view.Bound()
	x0, y0 := pg.insetView.Pixel(orb.Point{shown.Min[0], shown.Max[1]})
	x1, y1 := pg.insetView.Pixel(orb.Point{shown.Max[0], shown.Min[1]})
	px := b.w / float64(pg.insetView.Width)
	rx, ry := b.x+x0*px, b.y+y0*px
	rw, rh := math.Max((x1-x0)*px, 1), math.Max((y1-y0)*px, 1)
	s.rect(rx, ry, rw, rh, none, focusRed, 0.5)
	s.rect(b.x, b.y, b.w, b.h, none, frame, 0.3)
	s.rect(b.x, b.y, s.textWidth(7*pg.k, true, word("overview", pg.opt.Lang))+3, 4*pg.k, color.NRGBA{0xff, 0xff, 0xff, 0xdd}, none, 0)
	s.text(b.x+1.5, b.y+3*pg.k, 7*pg.k, true, ink, word("overview", pg.opt.Lang))
}

// fitSummary puts the summary table on the page, turned on its side at
// the foot of the legend column, when it is about a few areas and there is
// room; else it goes on a page of its own.
func (pg *page) fitSummary() {
	if pg.table == nil || len(pg.table.rows) == 0 {
		pg.table = nil
		return
	}
	need := pg.table.narrowHeight(pg.k)
	legend := 7*pg.k + 4.8*pg.k*float64(len(pg.legend))
	if pg.notesBox.w > 60 {
		legend = 7*pg.k + 4.8*pg.k*float64((len(pg.legend)+1)/2)
	}
	if len(pg.table.rows) <= 6 && legend+need+4 < pg.notesBox.h {
		pg.summaryBox = box{pg.notesBox.x, pg.notesBox.y + pg.notesBox.h - need, pg.notesBox.w, need}
		pg.notesBox.h -= need + 3
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
