package coverage

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/exchange"
)

// Ranked sorts results by uncovered share, worst first (then by people
// outside, then name), in place, and returns them.
func Ranked(rs []Result) []Result {
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Share != rs[j].Share {
			return rs[i].Share > rs[j].Share
		}
		if rs[i].PeopleOutside != rs[j].PeopleOutside {
			return rs[i].PeopleOutside > rs[j].PeopleOutside
		}
		if rs[i].Area.Name != rs[j].Area.Name {
			return rs[i].Area.Name < rs[j].Area.Name
		}
		return rs[i].Area.Key < rs[j].Area.Key
	})
	return rs
}

// WriteCSV writes one row per area: name, district, role, area and
// uncovered area in hectares, the uncovered share, the points inside, the
// residents and households out of reach (estimates, assuming an even
// spread; blank when the population is unknown) and the area's key.
func WriteCSV(w io.Writer, rs []Result, category string, distance float64, crlf bool) error {
	cw := exchange.NewSheetWriter(w, crlf)
	cw.Write([]string{"area", "district", "role", "category", "distance_m", "area_ha", "uncovered_ha", "uncovered_share", "points_inside", "population", "people_outside_estimate", "households_outside_estimate", "key"})
	f := func(v float64, prec int) string { return strconv.FormatFloat(v, 'f', prec, 64) }
	for _, r := range rs {
		pop, people, hh := "", "", ""
		if r.Area.Population > 0 {
			pop, people = f(r.Area.Population, 0), f(r.PeopleOutside, 0)
		}
		if r.Area.Households > 0 {
			hh = f(r.HouseholdsOutside, 0)
		}
		cw.Write([]string{r.Area.Name, r.Area.District, r.Area.Role.String(), category, f(distance, 0), f(r.AreaM2/1e4, 2), f(r.UncoveredM2/1e4, 2), f(r.Share, 4), strconv.Itoa(r.Points), pop, people, hh, r.Area.Key})
	}
	return cw.Flush()
}

// WriteGeoJSON writes the uncovered regions, a feature per area (areas
// fully within reach are left out), with the same attributes as the CSV.
func WriteGeoJSON(w io.Writer, rs []Result, category string, distance float64) error {
	bw := bufio.NewWriter(w)
	name, _ := json.Marshal(fmt.Sprintf("uncovered: %s beyond %g m", category, distance)) // the category comes from a project file
	fmt.Fprintf(bw, `{"type":"FeatureCollection","name":%s,"features":[`, name)
	n := 0
	for _, r := range rs {
		if len(r.Uncovered) == 0 {
			continue
		}
		props := map[string]any{"area": r.Area.Name, "district": r.Area.District, "key": r.Area.Key, "role": r.Area.Role.String(), "category": category, "distance_m": distance,
			"area_ha": round(r.AreaM2/1e4, 2), "uncovered_ha": round(r.UncoveredM2/1e4, 2), "uncovered_share": round(r.Share, 4), "points_inside": r.Points}
		if r.Area.Population > 0 {
			props["population"], props["people_outside_estimate"] = r.Area.Population, round(r.PeopleOutside, 0)
		}
		p, _ := json.Marshal(props)
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		fmt.Fprintf(bw, "\n{\"type\":\"Feature\",\"properties\":%s,\"geometry\":%s}", p, multiPolygonJSON(r.Uncovered))
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

func round(v float64, prec int) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', prec, 64), 64)
	return f
}

func multiPolygonJSON(mp orb.MultiPolygon) string {
	var polys []string
	for _, poly := range mp {
		var rings []string
		for _, r := range poly {
			var pts []string
			for _, p := range r {
				pts = append(pts, "["+strconv.FormatFloat(p[0], 'f', 7, 64)+","+strconv.FormatFloat(p[1], 'f', 7, 64)+"]")
			}
			rings = append(rings, "["+strings.Join(pts, ",")+"]")
		}
		polys = append(polys, "["+strings.Join(rings, ",")+"]")
	}
	return `{"type":"MultiPolygon","coordinates":[` + strings.Join(polys, ",") + "]}"
}
