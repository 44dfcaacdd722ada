package streets

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// NearestStreet is the label, in lang, of the named road or path nearest
// to p (lon/lat) within metres, or "" when none is that close. Safe for
// concurrent use.
func (s *Set) NearestStreet(p orb.Point, metres float64, lang string) string {
	if s == nil || s.Len() == 0 {
		return ""
	}
	w := render.WorldPixel(p)
	// world pixels at zoom 0 per metre, at p's latitude
	perMetre := render.TileSize / (40075016.686 * math.Cos(p[1]*math.Pi/180))
	r := metres * perMetre
	seen := make([]uint64, (s.Len()+63)/64)
	ids := s.grid.query(nil, orb.Bound{Min: orb.Point{w[0] - r, w[1] - r}, Max: orb.Point{w[0] + r, w[1] + r}}, s.box, seen)
	best, name := r*r, ""
	for _, i := range ids {
		f := &s.Features[i]
		if !f.Class.Road() || f.Label(lang) == "" {
			continue
		}
		line := s.shape(int(i))
		for k := 0; k+1 < len(line); k++ {
			if d := segDist2(w, line[k], line[k+1]); d <= best {
				best, name = d, f.Label(lang)
			}
		}
	}
	return name
}

// segDist2 is the squared distance from p to the segment ab.
func segDist2(p, a, b orb.Point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	}
	ex, ey := a[0]+t*dx-p[0], a[1]+t*dy-p[1]
	return ex*ex + ey*ey
}
