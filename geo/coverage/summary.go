package coverage

import (
	"io"
	"sort"
	"strconv"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Row is one area of the summary table.
type Row struct {
	Area        Area
	Points      map[string]int         // service points by category
	OpenGaps    map[annot.Severity]int // gaps not yet resolved, by severity
	Uncovered   map[string]float64     // uncovered share by category
	PerThousand map[string]float64     // points per 1,000 residents, when the population is known
}

// Summary counts, for each area (every one, those holding nothing too),
// the service points of every category, per 1,000 residents where the
// population is known, the open gaps by severity, and the coverage of
// every category that has a distance. It counts by annot.TallyIn, as
// printed pages do.
func Summary(areas []Area, s *annot.Set, distances map[string]float64) []Row {
	rows := make([]Row, len(areas))
	for i, a := range areas {
		rows[i] = Row{Area: a, Points: map[string]int{}, OpenGaps: map[annot.Severity]int{}, Uncovered: map[string]float64{}, PerThousand: map[string]float64{}}
	}
	for i, a := range areas {
		t := annot.TallyIn(s, a.Geometry)
		rows[i].Points, rows[i].OpenGaps = t.Points, t.OpenGaps
		if a.Population > 0 {
			for c, n := range rows[i].Points {
				rows[i].PerThousand[c] = float64(n) * 1000 / a.Population
			}
		}
	}
	cats := make([]string, 0, len(distances))
	for c := range distances {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		for i, r := range Compute(areas, WorkingPoints(s, c), distances[c]) {
			rows[i].Uncovered[c] = r.Share
		}
	}
	return rows
}

// WriteSummaryCSV writes the table with a header naming every column, in
// lang: area, population, households, then per category the count, the
// count per 1,000 residents and the uncovered share, then open gaps by
// severity. crlf ends lines as Windows programs expect.
func WriteSummaryCSV(w io.Writer, rows []Row, s *annot.Set, distances map[string]float64, lang string, crlf bool) error {
	cw := exchange.NewSheetWriter(w, crlf)
	tr := words.Of(lang) // one language for every column: words.Default unless told
	lang = string(tr)
	head := []string{"area", "district", "key", "role", "population", "households"}
	for _, c := range s.Categories {
		name := c.Name(lang)
		head = append(head, name, name+" / 1000")
		if _, ok := distances[c.ID]; ok {
			head = append(head, tr.F("%s: uncovered share beyond %g m", name, distances[c.ID]))
		}
	}
	for _, sev := range annot.Severities {
		head = append(head, tr.F("open gaps: %s", mapstyle.SeverityName(sev, lang)))
	}
	cw.Write(head)
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, r := range rows {
		rec := []string{r.Area.Name, r.Area.District, r.Area.Key, r.Area.Role.String(), "", ""}
		if r.Area.Population > 0 {
			rec[4] = num(r.Area.Population)
		}
		if r.Area.Households > 0 {
			rec[5] = num(r.Area.Households)
		}
		for _, c := range s.Categories {
			per := ""
			if v, ok := r.PerThousand[c.ID]; ok {
				per = strconv.FormatFloat(v, 'f', 3, 64)
			}
			rec = append(rec, strconv.Itoa(r.Points[c.ID]), per)
			if _, ok := distances[c.ID]; ok {
				rec = append(rec, strconv.FormatFloat(r.Uncovered[c.ID], 'f', 4, 64))
			}
		}
		for _, sev := range annot.Severities {
			rec = append(rec, strconv.Itoa(r.OpenGaps[sev]))
		}
		cw.Write(rec)
	}
	return cw.Flush()
}
