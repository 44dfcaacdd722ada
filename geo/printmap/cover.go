package printmap

import (
	"fmt"
	"math"

	"github.com/khoroomap/khoroomap/geo/render"
)

// coverPage is an atlas's first page: its title, what it holds, and a map
// of all its areas.
func coverPage(p *Project, areas []Area, opt Options, f render.Fonts) (*page, error) {
	o := opt
	if o.Title == "" {
		o.Title = word("Atlas", opt.Lang) + ": " + atlasPlace(p, areas, opt.Lang)
	}
	if o.Subtitle == "" {
		o.Subtitle = fmt.Sprintf("%d %s · %s", len(areas), word("pages", opt.Lang), o.Date.Format("2006-01-02"))
	}
	o.Summary = false
	pg := newPage(p, Extent{}, o, f)
	pg.legend = nil
	// the areas' outlines stand out on the cover
	for i, dl := range pg.scene.Layers {
		if dl.Role == areas[0].Role {
			pg.scene.Layers[i].Style.StrokeWidth = math.Max(dl.Style.StrokeWidth, 2)
		}
	}
	if err := pg.render(); err != nil {
		return nil, err
	}
	return pg, nil
}

// atlasPlace names what an atlas covers: the one district of its areas,
// the city when they lie in several, else the project.
func atlasPlace(p *Project, areas []Area, lang string) string {
	districts := map[string]bool{}
	for _, a := range areas {
		districts[a.District] = true
	}
	switch {
	case len(districts) == 1 && !districts[""]:
		return areas[0].District
	case len(districts) > 1:
		return word("Ulaanbaatar", lang)
	}
	return p.placeName(p.mustBound(), lang)
}

// label is the area's name with its district, as an index lists it.
func (a Area) label() string {
	if a.District != "" {
		return a.Name + " — " + a.District
	}
	return a.Name
}

// indexRows is how many index lines fit in a column of a page ph mm high.
func indexRows(ph, k float64) int { return int((ph - 2*margin - 22*k) / (5 * k)) }

// drawIndex lists areas[from:from+n] with their page numbers, in two
// columns.
func drawIndex(s surface, areas []Area, from, n, first int, pw, ph, k float64, lang string) {
	s.text(margin, margin+8*k, 18*k, true, ink, word("Contents", lang))
	rows := indexRows(ph, k)
	colW := (pw - 2*margin - 10) / 2
	for i := from; i < len(areas) && i < from+n; i++ {
		j := i - from
		x := margin + float64(j/rows)*(colW+10)
		y := margin + 22*k + float64(j%rows)*5*k
		num := fmt.Sprint(first + i)
		name := ellipsize(s, 9*k, false, areas[i].label(), colW-s.textWidth(9*k, true, num)-3)
		s.text(x, y, 9*k, false, ink, name)
		s.text(x+colW-s.textWidth(9*k, false, num), y, 9*k, true, ink, num)
		s.line(x+s.textWidth(9*k, false, name)+1, y-0.6, x+colW-s.textWidth(9*k, false, num)-1, y-0.6, withAlpha(grey, 0x60), 0.15)
	}
}
