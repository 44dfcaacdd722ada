package printmap

import (
	"image/color"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/render"

	"github.com/khoroomap/khoroomap/geo/words"
)

// uncoveredStyle shades the regions out of reach, as on screen.
var uncoveredStyle = render.Style{Stroke: color.NRGBA{0x6a, 0x1b, 0x9a, 0xff}, StrokeWidth: 1, Fill: color.NRGBA{0x8e, 0x24, 0xaa, 0x50}}

// pageCoverage is the coverage analysis a page shows.
type pageCoverage struct {
	opt     Coverage
	results map[string]coverage.Result // by area key
	shaded  *geo.Layer
}

// coverageOf works out the coverage of the areas of the asked kind that
// the map shows.
func coverageOf(p *Project, c Coverage, shown orb.Bound) *pageCoverage {
	pc := &pageCoverage{opt: c, results: map[string]coverage.Result{}, shaded: &geo.Layer{Kind: geo.Polygons}}
	var areas []coverage.Area
	for _, dl := range p.Layers {
		if dl.Role != c.By || dl.Hidden {
			continue
		}
		keyed := p.layerAreas(dl) // the same features, in the same order
		for i, a := range coverage.AreasOf(dl.Layer, dl.Role) {
			if i < len(keyed) {
				a.Key, a.District = keyed[i].Key, keyed[i].District
			}
			if a.Geometry.Bound().Intersects(shown) {
				areas = append(areas, a)
			}
		}
	}
	if p.Annotations == nil || len(areas) == 0 {
		return pc
	}
	for _, r := range coverage.Compute(areas, coverage.WorkingPoints(p.Annotations, c.Category), c.Distance) {
		pc.results[r.Area.Key] = r
		if len(r.Uncovered) > 0 {
			pc.shaded.Features = append(pc.shaded.Features, geo.Feature{Geometry: r.Uncovered})
		}
	}
	pc.shaded.ComputeBound()
	return pc
}

// shade is how the page draws the regions out of reach (see
// shadeObject); nil when there are none.
func (pc *pageCoverage) shade(scale float64) *shadeObject {
	if pc == nil || len(pc.shaded.Features) == 0 {
		return nil
	}
	o := &shadeObject{fill: uncoveredStyle.Fill, stroke: uncoveredStyle.Stroke, width: uncoveredStyle.StrokeWidth * scale,
		slack: 1.5 * pc.opt.Distance / 40} // the grid's cell (geo/coverage: reach/40) and a half
	for _, r := range pc.results {
		o.areas = append(o.areas, r.Area.Geometry...)
	}
	for _, f := range pc.shaded.Features {
		o.regions = append(o.regions, f.Geometry.(orb.MultiPolygon)...)
	}
	return o
}

// coverageTitle names the analysis: "beyond 500 m of a working water
// kiosk". The Mongolian is phrased around the category's name, so that no
// case suffix has to follow it (suffixes follow vowel harmony: "төв-ээс"
// would be wrong, "төвөөс" right, and names are the user's words).
func coverageTitle(p *Project, c Coverage, lang string) string {
	name := c.Category
	if p.Annotations != nil {
		if cat, ok := p.Annotations.Category(c.Category); ok {
			name = cat.Name(lang)
		}
	}
	return words.Of(lang).F("Beyond %[2]g m of a working %[1]s", name, c.Distance)
}

func coverageLegend(p *Project, c Coverage, lang string) legendItem {
	return legendItem{kind: keyFill, style: uncoveredStyle, label: coverageTitle(p, c, lang), count: -1}
}

// addColumn puts each row's uncovered share in the summary table.
func (pc *pageCoverage) addColumn(t *table, p *Project, lang string) {
	if pc == nil || t == nil {
		return
	}
	if t.percent == nil {
		t.percent = map[int]bool{}
	}
	t.percent[len(t.head)] = true
	t.head = append(t.head, coverageTitle(p, pc.opt, lang))
	t.colour = append(t.colour, uncoveredStyle.Stroke)
	for i := range t.rows {
		share := -1
		if r, ok := pc.results[t.rows[i].key]; ok {
			share = int(100*r.Share + 0.5)
		}
		t.rows[i].counts = append(t.rows[i].counts, share)
	}
}
