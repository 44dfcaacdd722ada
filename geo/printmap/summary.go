package printmap

import (
	"fmt"
	"image/color"
	"sort"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

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

// cell is how a count is printed: "" for zero counts and unknown shares.
func (t *table) cell(col, n int) string {
	switch {
	case t.percent[col] && n >= 0:
		return fmt.Sprintf("%d%%", n)
	case n <= 0:
		return ""
	}
	return fmt.Sprint(n)
}

type tableRow struct {
	name   string
	counts []int
}

// summaryTable counts the annotations inside b by the khoroo they lie in
// (by kheseg when the map shows one khoroo's kheseg), for the categories
// that have any.
func summaryTable(p *Project, b orb.Bound, focus *Area, lang string) *table {
	s := p.Annotations
	if s == nil {
		return nil
	}
	in := func(g orb.Geometry) bool { return g.Bound().Intersects(b) }
	if focus != nil {
		fb := focus.Geometry.Bound()
		in = func(g orb.Geometry) bool {
			c := g.Bound().Center()
			return fb.Contains(c) && planar.MultiPolygonContains(focus.Geometry, c)
		}
	}
	byKheseg := len(khoroosIn(s, in)) <= 1 && anyKheseg(s, in)
	place := func(pl annot.Places) string {
		if byKheseg {
			return pl.Kheseg
		}
		return pl.Khoroo
	}
	t := &table{title: word("summary", lang)}
	var cats []annot.Category
	for _, c := range s.Categories {
		for _, pt := range s.Points {
			if pt.Category == c.ID && in(pt.Location) {
				cats = append(cats, c)
				break
			}
		}
	}
	for _, c := range cats {
		t.head = append(t.head, c.Name(lang))
		t.colour = append(t.colour, c.Colour)
	}
	t.head = append(t.head, word("total", lang))
	t.colour = append(t.colour, ink)
	for _, sev := range annot.Severities {
		t.head = append(t.head, word("open_gaps", lang)+": "+mapstyle.SeverityName(sev, lang))
		t.colour = append(t.colour, mapstyle.SeverityColour[sev])
	}
	rows := map[string]*tableRow{}
	row := func(name string) *tableRow {
		if name == "" {
			name = "—"
		}
		if rows[name] == nil {
			rows[name] = &tableRow{name: name, counts: make([]int, len(t.head))}
		}
		return rows[name]
	}
	for _, pt := range s.Points {
		if !in(pt.Location) {
			continue
		}
		r := row(place(pt.Places))
		for i, c := range cats {
			if c.ID == pt.Category {
				r.counts[i]++
				r.counts[len(cats)]++
			}
		}
	}
	for _, g := range s.Gaps {
		if g.Status == annot.Resolved || !in(g.Geometry) {
			continue
		}
		r := row(place(g.Places))
		for i, sev := range annot.Severities {
			if g.Severity == sev {
				r.counts[len(cats)+1+i]++
			}
		}
	}
	for _, r := range rows {
		t.rows = append(t.rows, *r)
	}
	sort.Slice(t.rows, func(i, j int) bool { return naturalLess(t.rows[i].name, t.rows[j].name) })
	return t
}

func anyKheseg(s *annot.Set, in func(orb.Geometry) bool) bool {
	for _, pt := range s.Points {
		if in(pt.Location) && pt.Kheseg != "" {
			return true
		}
	}
	return false
}

func khoroosIn(s *annot.Set, in func(orb.Geometry) bool) map[string]bool {
	out := map[string]bool{}
	for _, pt := range s.Points {
		if in(pt.Location) && pt.Khoroo != "" {
			out[pt.Khoroo] = true
		}
	}
	return out
}

// naturalLess orders "2-р хэсэг" before "10-р хэсэг".
func naturalLess(a, b string) bool {
	var na, nb int
	_, ea := fmt.Sscanf(a, "%d", &na)
	_, eb := fmt.Sscanf(b, "%d", &nb)
	if ea == nil && eb == nil && na != nb {
		return na < nb
	}
	return a < b
}
