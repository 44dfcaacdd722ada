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

func (t *table) cols() int { return len(t.head) + 1 }

// height is the table's height on the page.
func (t *table) height(k float64) float64 { return (14 + 4.2*float64(len(t.rows)+1)) * k }

// narrowHeight is its height turned on its side, for a narrow column:
// a row per category and severity, a column per area.
func (t *table) narrowHeight(k float64) float64 { return (14 + 3.8*float64(len(t.head))) * k }

// drawNarrow draws the table turned on its side in b.
func (t *table) drawNarrow(s surface, b box, k float64) {
	size := 6.5 * k
	s.text(b.x, b.y+4*k, 8*k, true, ink, t.title)
	nameW := b.w * 0.5
	colW := (b.w - nameW) / float64(max(len(t.rows), 1))
	y := b.y + 10*k
	for j, r := range t.rows {
		name := r.name
		for s.textWidth(size*0.85, true, name) > colW-0.5 && len([]rune(name)) > 3 {
			name = string([]rune(name)[:len([]rune(name))-1])
		}
		s.text(b.x+nameW+float64(j)*colW+0.3, y-1*k, size*0.85, true, ink, name)
	}
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
	for i, h := range t.head {
		if y+3.8*k > b.y+b.h+0.5 {
			break
		}
		if i%2 == 1 {
			s.rect(b.x, y, b.w, 3.8*k, color.NRGBA{0xf3, 0xf3, 0xf3, 0xff}, none, 0)
		}
		s.rect(b.x, y+0.8*k, 1.2*k, 2.2*k, t.colour[i], none, 0)
		label := h
		for s.textWidth(size, false, label) > nameW-3*k && len([]rune(label)) > 4 {
			label = string([]rune(label)[:len([]rune(label))-2]) + "…"
		}
		s.text(b.x+2*k, y+2.8*k, size, false, ink, label)
		for j, r := range t.rows {
			if txt := t.cell(i, r.counts[i]); txt != "" {
				s.text(b.x+nameW+float64(j)*colW+colW/2-s.textWidth(size, false, txt)/2, y+2.8*k, size, false, ink, txt)
			}
		}
		y += 3.8 * k
	}
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
}

// draw draws the table in b: a header of wrapped column titles, a row per
// area, zeros left blank so the counts stand out.
func (t *table) draw(s surface, b box, k float64, lang string) {
	size := 6.5 * k
	s.text(b.x, b.y+4*k, 9*k, true, ink, t.title)
	nameW := b.w * 0.22
	colW := (b.w - nameW) / float64(len(t.head))
	headTop := b.y + 6*k
	headH := 10 * k
	for i, h := range t.head {
		x := b.x + nameW + float64(i)*colW
		s.rect(x+0.3, headTop, colW-0.6, 1.2*k, t.colour[i], none, 0)
		for j, l := range wrap(s, size*0.85, true, h, colW-1) {
			if j == 3 {
				break
			}
			s.text(x+0.5, headTop+3.6*k+float64(j)*2.6*k, size*0.85, true, ink, l)
		}
	}
	s.text(b.x, headTop+headH-1*k, size, true, ink, word("area", lang))
	y := headTop + headH
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
	for r, row := range t.rows {
		if y+4.2*k > b.y+b.h+0.5 {
			break
		}
		if r%2 == 1 {
			s.rect(b.x, y, b.w, 4.2*k, color.NRGBA{0xf3, 0xf3, 0xf3, 0xff}, none, 0)
		}
		s.text(b.x+0.5, y+3*k, size, false, ink, row.name)
		for i, n := range row.counts {
			txt := t.cell(i, n)
			if txt == "" {
				continue
			}
			x := b.x + nameW + float64(i)*colW + colW/2 - s.textWidth(size, false, txt)/2
			s.text(x, y+3*k, size, i == len(t.head)-4, ink, txt)
		}
		y += 4.2 * k
	}
	s.line(b.x, y, b.x+b.w, y, frame, 0.3)
}
