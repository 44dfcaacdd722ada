package sheets

import (
	"image"
	"math"
	"slices"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Manual is the reading of a photo whose code could not be read, placed
// by hand: corners are where the user clicked the four corner markers'
// centres in the photo's pixels (top-left, top-right, bottom-right,
// bottom-left of the page), code the page chosen. Each marker found in
// the photo within clickReach of its click replaces the click (Markers
// says which); Residual is how far, in metres, the clicks lay from them.
// Corners that fold the page over itself, or lie on one line, are
// refused.
func Manual(photo image.Image, code Code, corners [4][2]float64) (Reading, error) {
	l, _ := NewLayout("A4")
	for i, c := range corners {
		if math.IsNaN(c[0]) || math.IsNaN(c[1]) || math.IsInf(c[0], 0) || math.IsInf(c[1], 0) {
			return Reading{}, words.Errorf("sheets: page %s: corner %d is not a point of the photo", code.Page, i+1)
		}
	}
	if !convex(corners) {
		return Reading{}, words.Errorf("sheets: page %s: the four corners clicked do not go round the page in order (top-left, top-right, bottom-right, bottom-left)", code.Page)
	}
	g, f := grayScaled(photo, workSide)
	ff := float64(f)
	clicks := make([][2]float64, 4)
	for i, c := range corners {
		clicks[i] = [2]float64{(c[0] - (ff-1)/2) / ff, (c[1] - (ff-1)/2) / ff}
	}
	h, err := SolveHomography(l.Markers[:], clicks)
	if err != nil {
		return Reading{}, words.Errorf("sheets: page %s: the corners clicked: %w", code.Page, err)
	}
	rd := Reading{Code: code, H: h}
	dst := slices.Clone(clicks)
	reach := clickReach * pxPerMM(h, l.W/2, l.H/2)
	for i, m := range findMarkers(g, l, h) {
		if m != nil && math.Hypot(m[0]-clicks[i][0], m[1]-clicks[i][1]) < reach {
			dst[i], rd.Markers[i] = *m, true
		}
	}
	if rd.H, err = SolveHomography(l.Markers[:], dst); err != nil {
		return Reading{}, words.Errorf("sheets: page %s: the corners clicked: %w", code.Page, err)
	}
	rd.Residual = residual(rd.H, l.Markers[:], clicks) * metresPerMM(code, l)
	rd.H = rd.H.scaled(ff, (ff-1)/2)
	return rd, nil
}

// clickReach is how far from a click, in page millimetres, a corner
// marker found in the photo is taken for the one clicked.
const clickReach = 10

// convex reports whether the four points make a convex quadrilateral
// going round one way: every turn has the same sign, none is flat.
func convex(q [4][2]float64) bool {
	sign := 0.0
	for i := range 4 {
		a, b, c := q[i], q[(i+1)%4], q[(i+2)%4]
		cross := (b[0]-a[0])*(c[1]-b[1]) - (b[1]-a[1])*(c[0]-b[0])
		if math.Abs(cross) < 1e-9 || sign*cross < 0 {
			return false
		}
		sign = cross
	}
	return true
}

// Pages are the sheets a project's boundaries make, for choosing the page
// of a photo placed by hand: a sheet per kheseg, then per khoroo, then per
// ger area, each numbered as `khoroomap sheets -by` numbers them (S01…)
// and lying exactly where that command prints it.
func Pages(p *printmap.Project) []Sheet {
	var out []Sheet
	for _, role := range planRoles {
		plan, err := Plan(ProjectName(p), p.Areas(role), "A4")
		if err == nil {
			out = append(out, plan...)
		}
	}
	return out
}

// planRoles are the kinds of area Pages makes sheets of, in order.
var planRoles = []geo.Role{geo.RoleKheseg, geo.RoleKhoroo, geo.RoleGerArea}
