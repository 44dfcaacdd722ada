package render

import (
	"image"
	"image/color"
	"math"
	"sort"

	"github.com/khoroomap/khoroomap/geo"
)

// candidate is a label that may be placed.
type candidate struct {
	text      string
	x, y      float64
	size      float64 // pixel extent of the feature, for ordering
	width     float64 // pixel width of the feature; 0 for points
	style     Style
	rolePrior int
}

// rolePriority orders labels: districts and khoroos claim space first.
var rolePriority = map[geo.Role]int{geo.RoleDistrict: 0, geo.RoleKhoroo: 1, geo.RoleGerArea: 2, geo.RoleKheseg: 3, geo.RoleOther: 4, geo.RolePoints: 5}

// drawLabels writes feature names where they fit without overlapping:
// by role, then larger features first.
func (r *Renderer) drawLabels(dst *image.RGBA, f frame, s Scene, reserved []image.Rectangle) {
	var cands []candidate
	for _, dl := range s.Layers {
		if dl.Hidden || dl.Style.LabelSize <= 0 || f.v.Zoom < dl.Style.MinLabelZoom {
			continue
		}
		cands = r.labelCandidates(cands, f, dl)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].rolePrior != cands[j].rolePrior {
			return cands[i].rolePrior < cands[j].rolePrior
		}
		return cands[i].size > cands[j].size
	})
	pl := placer{bound: dst.Bounds(), taken: append([]image.Rectangle(nil), reserved...)}
	sc := f.scale
	r.claimSymbols(&pl, f, s)
	for _, c := range cands {
		lbl := r.labels.get(r.Fonts, c.text, c.style.LabelSize*sc, c.style.LabelBold)
		if lbl == nil {
			continue
		}
		x, y := int(math.Round(c.x)), int(math.Round(c.y))
		if c.width == 0 { // a point: the label goes beside the symbol
			x += lbl.ox + int((c.style.PointRadius+3)*sc)
		} else if float64(lbl.text.Bounds().Dx()) > c.width*1.1 {
			continue // the name is wider than the area
		}
		if dy, ok := place(&pl, lbl, x, y, c.width == 0); ok {
			lbl.draw(dst, x, y+dy, labelColour(c.style))
		}
	}
}

// place finds a spot for a label at (x, y): an area's name steps above or
// below a symbol in its way, and covers it only when both are blocked; a
// point's name stays beside its symbol. It returns the vertical shift.
func place(pl *placer, lbl *label, x, y int, point bool) (int, bool) {
	h := lbl.text.Bounds().Dy()
	shifts := []int{0, -h, h}
	if point {
		shifts = shifts[:1]
	}
	for _, dy := range shifts {
		if pl.claim(lbl.rect(x, y+dy), true) {
			return dy, true
		}
	}
	return 0, !point && pl.claim(lbl.rect(x, y), false)
}

// maxClaimedSymbols is how many visible point symbols labels keep clear
// of; with more, the map is a crowd of symbols and labels go on top.
const maxClaimedSymbols = 1000

// claimSymbols reserves the places of visible point symbols, so that
// names do not cover them, when there are few enough of them.
func (r *Renderer) claimSymbols(pl *placer, f frame, s Scene) {
	var rects []image.Rectangle
	for _, dl := range s.Layers {
		if dl.Hidden || dl.Layer.Kind != geo.Points {
			continue
		}
		rad := int(math.Ceil((dl.Style.PointRadius + dl.Style.StrokeWidth) * f.scale))
		p := r.proj.get(dl.Layer)
		for _, i := range p.order {
			x, y := f.px(p.features[i].point)
			pt := image.Pt(int(math.Round(x)), int(math.Round(y)))
			if !pt.In(pl.bound) {
				continue
			}
			if len(rects) == maxClaimedSymbols {
				return // a crowd: claim none
			}
			rects = append(rects, image.Rect(pt.X-rad, pt.Y-rad, pt.X+rad+1, pt.Y+rad+1))
		}
	}
	pl.symbols = rects
}

// labelCandidates adds the visible features of one layer.
func (r *Renderer) labelCandidates(cands []candidate, f frame, dl DrawLayer) []candidate {
	p := r.proj.get(dl.Layer)
	for i := range p.features {
		pf := &p.features[i]
		if !pf.bound.Intersects(f.world) {
			continue
		}
		w := (pf.bound.Max[0] - pf.bound.Min[0]) * f.k
		h := (pf.bound.Max[1] - pf.bound.Min[1]) * f.k
		if pf.polys != nil && (w < 12 || h < 8) {
			continue
		}
		x, y := f.px(p.labelPoint(i))
		cands = append(cands, candidate{text: dl.Label(i), x: x, y: y, size: w * h, width: w, style: dl.Style, rolePrior: rolePriority[dl.Role]})
	}
	return cands
}

// labelColour darkens the stroke colour for text; point layers, whose
// stroke is white, use their fill.
func labelColour(st Style) color.NRGBA {
	c := st.Stroke
	if st.PointRadius > 0 {
		c = st.Fill
	}
	return color.NRGBA{c.R / 2, c.G / 2, c.B / 2, 0xff}
}
