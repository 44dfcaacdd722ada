package printmap

import (
	"fmt"
	"image/color"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// table is the summary: per khoroo (or kheseg), the count of service
// points of each category and of open gaps by severity.
type table struct {
	title  string
	head   []string // column titles after the area's
	colour []color.NRGBA
	rows   []tableRow
	// percent marks columns of shares in percent: 0 is printed, -1
	// (unknown) is not.
	percent map[int]bool
}

// cell is how a count is printed: every count, 0 included, and shares in
// percent; an unknown share (-1) is left blank.
func (t *table) cell(col, n int) string {
	switch {
	case n < 0:
		return ""
	case t.percent[col]:
		return fmt.Sprintf("%d%%", n)
	}
	return fmt.Sprint(n)
}

type tableRow struct {
	name   string
	key    string // the area's key, "" for the row of a map without areas
	counts []int
}

// summaryTable counts, through annot.TallyIn, the annotations in each of
// the page's areas (see tableAreas), one row per area even when it holds
// nothing, for the categories that have any there. A map with no areas
// gets one row of what the frame b shows.
func summaryTable(p *Project, b orb.Bound, focus *Area, cov *Coverage, lang string) *table {
	s := p.Annotations
	if s == nil {
		return nil
	}
	areas := p.tableAreas(b, focus, cov)
	tallies := make([]annot.Tally, len(areas))
	for i, a := range areas {
		tallies[i] = annot.TallyIn(s, a.Geometry)
	}
	if len(areas) == 0 {
		tallies = []annot.Tally{annot.TallyInBound(s, b)}
	}
	cats := categoriesIn(s, tallies)
	t := &table{title: word("Summary: service points and open gaps", lang)}
	for _, c := range cats {
		t.head = append(t.head, c.Name(lang))
		t.colour = append(t.colour, c.Colour)
	}
	t.head = append(t.head, word("Total", lang))
	t.colour = append(t.colour, ink)
	for _, sev := range annot.Severities {
		t.head = append(t.head, word("Open gaps", lang)+": "+mapstyle.SeverityName(sev, lang))
		t.colour = append(t.colour, mapstyle.SeverityColour[sev])
	}
	names := rowNames(areas)
	for i, tl := range tallies {
		r := tableRow{name: "—", counts: make([]int, 0, len(t.head))}
		if i < len(areas) {
			r.name, r.key = names[i], areas[i].Key
		}
		for _, c := range cats {
			r.counts = append(r.counts, tl.Points[c.ID])
		}
		r.counts = append(r.counts, tl.Total())
		for _, sev := range annot.Severities {
			r.counts = append(r.counts, tl.OpenGaps[sev])
		}
		t.rows = append(t.rows, r)
	}
	return t
}

// categoriesIn lists the categories, in display order, with a point in
// any of the tallies.
func categoriesIn(s *annot.Set, ts []annot.Tally) []annot.Category {
	var out []annot.Category
	for _, c := range s.Categories {
		for _, t := range ts {
			if t.Points[c.ID] > 0 {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// naturalLess orders "2-р хэсэг" before "10-р хэсэг" (geo.NaturalLess).
func naturalLess(a, b string) bool { return geo.NaturalLess(a, b) }
