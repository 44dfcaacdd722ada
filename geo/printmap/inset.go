package printmap

import (
	"image/color"
	"math"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// insetFor chooses the overview: the district the map lies in when a
// district layer is loaded, else the whole project, and at least a few
// times the map's own extent.
func (pg *page) insetFor(shown orb.Bound) render.View {
	dpi := float64(pg.opt.DPI)
	w, h := int(pg.insetBox.w/25.4*dpi), int(pg.insetBox.h/25.4*dpi)
	if c, ok := pg.proj.denseCentre(); ok && pg.centre {
		return render.Fit(c, w, h, 4*pg.scale)
	}
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
	return render.Fit(ctx, w, h, 4*pg.scale)
}

// insetRequest is the inset's picture: the areas' outlines, thin and
// unlabelled, around the map's extent; on a city's page the centre with
// everything the map shows.
func (pg *page) insetRequest(main mapRequest) mapRequest {
	if pg.centre {
		main.view, main.reserved, main.renderers = pg.insetView, nil, &pg.proj.insets
		return main
	}
	inset := render.Scene{Selected: render.None}
	for _, dl := range pg.proj.Layers {
		dl.Style.LabelSize = 0
		dl.Style.StrokeWidth = math.Min(dl.Style.StrokeWidth, 1.2)
		if dl.Layer.Kind == geo.Polygons {
			inset.Layers = append(inset.Layers, dl)
		}
	}
	return mapRequest{scene: inset, view: pg.insetView, scale: pg.scale, focus: main.focus, background: mapPaper, renderers: &pg.proj.insets}
}

// denseCentre is where the project's khoroos are small and many: the
// extent of the smaller half's middles, without the farthest tenth.
func (p *Project) denseCentre() (orb.Bound, bool) {
	areas := p.Areas(geo.RoleKhoroo)
	if len(areas) < 20 {
		return orb.Bound{}, false
	}
	size := func(a Area) float64 {
		b := a.Geometry.Bound()
		return (b.Max[0] - b.Min[0]) * (b.Max[1] - b.Min[1])
	}
	sort.Slice(areas, func(i, j int) bool { return size(areas[i]) < size(areas[j]) })
	small := areas[:len(areas)/2]
	var xs, ys []float64
	for _, a := range small {
		c := a.Geometry.Bound().Center()
		xs, ys = append(xs, c[0]), append(ys, c[1])
	}
	sort.Float64s(xs)
	sort.Float64s(ys)
	lo, hi := len(xs)/20, len(xs)-1-len(xs)/20
	return orb.Bound{Min: orb.Point{xs[lo], ys[lo]}, Max: orb.Point{xs[hi], ys[hi]}}, true
}

// drawInset places the overview with the map's extent marked.
// (on a city's page: the centre, its extent marked on the map).
func (pg *page) drawInset(s surface) {
	b := pg.insetBox
	s.image(pick(pg.insetPic, pg.insetImg), b.x, b.y, b.w, b.h)
	title := word("Location (inset map)", pg.opt.Lang)
	if pg.centre {
		title = word("City centre", pg.opt.Lang)
		markExtent(s, pg.insetView.Bound(), pg.view, pg.mapBox)
	} else {
		markExtent(s, pg.view.Bound(), pg.insetView, b)
	}
	s.rect(b.x, b.y, b.w, b.h, none, frame, 0.3)
	s.rect(b.x, b.y, s.textWidth(bodySize*pg.k, true, title)+3, 4.6*pg.k, color.NRGBA{0xff, 0xff, 0xff, 0xdd}, none, 0)
	s.text(b.x+1.5, b.y+3.5*pg.k, bodySize*pg.k, true, ink, title)
}

// markExtent outlines the extent e on a picture of view v placed in b.
func markExtent(s surface, e orb.Bound, v render.View, b box) {
	x0, y0 := v.Pixel(orb.Point{e.Min[0], e.Max[1]})
	x1, y1 := v.Pixel(orb.Point{e.Max[0], e.Min[1]})
	px := b.w / float64(v.Width)
	s.rect(b.x+x0*px, b.y+y0*px, math.Max((x1-x0)*px, 1), math.Max((y1-y0)*px, 1), none, focusRed, 0.5)
}
