package sheets

import (
	"fmt"
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
)

// world is a view whose pixels are Web Mercator world pixels at zoom 0.
var world = render.View{Zoom: 0, Width: render.TileSize, Height: render.TileSize}

// viewOf is the view showing exactly bound b in an image of w x h pixels;
// b is expected to have the image's aspect in Web Mercator.
func viewOf(b orb.Bound, w, h int) render.View {
	x0, y0 := world.Pixel(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := world.Pixel(orb.Point{b.Max[0], b.Min[1]})
	return render.View{Center: world.LonLat((x0+x1)/2, (y0+y1)/2), Zoom: math.Log2(float64(w) / (x1 - x0)), Width: w, Height: h}
}

// frameBound is the box, with the map frame's aspect (w:h), centred on b
// and holding it with a margin of pad (a share of its size) on each side.
func frameBound(b orb.Bound, w, h, pad float64) orb.Bound {
	x0, y0 := world.Pixel(orb.Point{b.Min[0], b.Max[1]})
	x1, y1 := world.Pixel(orb.Point{b.Max[0], b.Min[1]})
	cx, cy := (x0+x1)/2, (y0+y1)/2
	dx, dy := (x1-x0)*(1+2*pad), (y1-y0)*(1+2*pad)
	dx, dy = math.Max(dx, dy*w/h), math.Max(dy, dx*h/w)
	dx, dy = math.Max(dx, 1e-7), math.Max(dy, 1e-7*h/w)
	nw, se := world.LonLat(cx-dx/2, cy-dy/2), world.LonLat(cx+dx/2, cy+dy/2)
	return orb.Bound{Min: orb.Point{nw[0], se[1]}, Max: orb.Point{se[0], nw[1]}}
}

// Plan makes one sheet per area, each map fitting its area with a small
// margin, titled with its name. An area too large to draw on at a
// readable scale (finer than 1:ReadableScale) gets several sheets, as
// few as cover it at that scale, titled "name (1/4)"… Sheets are
// numbered S01, S02… in the areas' order. project names the project in
// the codes.
func Plan(project string, areas []printmap.Area, paper string) ([]Sheet, error) {
	l, err := NewLayout(paper)
	if err != nil {
		return nil, err
	}
	if len(areas) == 0 {
		return nil, fmt.Errorf("sheets: no areas to make sheets of")
	}
	out := make([]Sheet, 0, len(areas))
	for _, a := range areas {
		frames := split(a, l)
		for j, b := range frames {
			title := a.Name
			if len(frames) > 1 {
				title = fmt.Sprintf("%s (%d/%d)", a.Name, j+1, len(frames))
			}
			out = append(out, Sheet{Title: title, Code: Code{Project: project, Page: fmt.Sprintf("S%02d", len(out)+1), Bound: rounded(b)}})
		}
	}
	return out, nil
}

// PlanOf is Plan for some of the areas (chosen) of a role (all): the
// sheets of the chosen areas, numbered as the plan of all of them numbers
// them, so that a kheseg's sheet has the same page id whether it was
// printed alone, with its khoroo's, or with the whole project's, and the
// page list of a photo placed by hand (Pages) names it rightly.
func PlanOf(project string, all, chosen []printmap.Area, paper string) ([]Sheet, error) {
	whole, err := Plan(project, all, paper)
	if err != nil {
		return nil, err
	}
	some, err := Plan(project, chosen, paper)
	if err != nil {
		return nil, err
	}
	for i, s := range some {
		for _, w := range whole {
			if w.Title == s.Title && w.Code.Bound == s.Code.Bound {
				some[i].Code.Page = w.Code.Page
				break
			}
		}
	}
	return some, nil
}

// ProjectName is the name a project's sheets carry in their codes and
// print beside their title: the project's title or, for a project saved
// without one, the name of its first khoroo (else kheseg, else ger area),
// so that a sheet read back from a photo still says where it came from.
func ProjectName(p *printmap.Project) string {
	if p.Title != "" {
		return p.Title
	}
	for _, role := range []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea} {
		for _, a := range p.Areas(role) {
			if a.Name != "" {
				return a.Name
			}
		}
	}
	return "khoroomap"
}

// rounded is b to the code's six decimals, so that the printed map shows
// exactly what its code says.
func rounded(b orb.Bound) orb.Bound {
	r := func(v float64) float64 { return math.Round(v*1e6) / 1e6 }
	return orb.Bound{Min: orb.Point{r(b.Min[0]), r(b.Min[1])}, Max: orb.Point{r(b.Max[0]), r(b.Max[1])}}
}
