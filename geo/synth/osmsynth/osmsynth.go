// Package osmsynth writes OpenStreetMap extracts of a made-up
// Ulaanbaatar-like city for tests and benchmarks: a grid of named streets
// with buildings, fences, a river, a park, a pond and a place name.
package osmsynth

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Ulaanbaatar-like street names: name:mn / name / name:en.
var names = [][3]string{
	{"Энхтайваны өргөн чөлөө", "Энхтайваны өргөн чөлөө", "Peace Avenue"},
	{"Сөүлийн гудамж", "Сөүлийн гудамж", "Seoul Street"},
	{"", "Их тойруу", "Ikh Toiruu"},
	{"Өлзийт гудамж", "Ölziit", ""},
	{"Үйлдвэрийн гудамж", "Үйлдвэрийн гудамж", ""},
}

// Lon and Lat are the south-west corner of the generated city, in
// Ulaanbaatar; a block is BlockLon x BlockLat degrees (about 100 m).
const (
	Lon, Lat           = 106.85, 47.88
	BlockLon, BlockLat = 0.0013, 0.0009
)

// WriteXML writes an OSM XML extract of an n x n grid of blocks:
// streets along the grid lines (split per block, as OSM streets are; every
// 10th a primary, every 5th a secondary, others residential or ger-area
// tracks) with Cyrillic names, per block `houses` buildings with house
// numbers, fences round the plots, and a river, a park, ponds with an
// island (multipolygon relations), ger-area lanes bending round the plots
// and a place name. Nodes come first and ids ascend, as osmium wants.
func WriteXML(w io.Writer, n, houses int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<osm version="0.6" generator="khoroomap-test">`)
	// surveyed points are never on a perfect grid (and a perfect grid
	// compresses so well that GDAL takes the .pbf for a zip bomb): move
	// each by up to 1.5 m, the same way every run
	r := rand.New(rand.NewPCG(uint64(n), uint64(houses)))
	jitter := func() float64 { return (r.Float64() - 0.5) * 4e-5 }
	grid := func(i, j int) int64 { return int64(1 + j*(n+1) + i) }
	for j := 0; j <= n; j++ {
		for i := 0; i <= n; i++ {
			fmt.Fprintf(bw, " <node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>\n", grid(i, j), Lat+float64(j)*BlockLat+jitter(), Lon+float64(i)*BlockLon+jitter())
		}
	}
	next := int64((n+1)*(n+1) + 1)
	type way struct {
		nodes []int64
		tags  [][2]string
	}
	var ways []way
	node := func(lon, lat float64, tags ...[2]string) int64 {
		id := next
		next++
		fmt.Fprintf(bw, " <node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"", id, lat+jitter(), lon+jitter())
		if len(tags) == 0 {
			fmt.Fprintln(bw, "/>")
			return id
		}
		fmt.Fprintln(bw, ">")
		writeTags(bw, tags)
		fmt.Fprintln(bw, " </node>")
		return id
	}
	rect := func(x0, y0, x1, y1 float64) []int64 {
		a, b, c, d := node(x0, y0), node(x1, y0), node(x1, y1), node(x0, y1)
		return []int64{a, b, c, d, a}
	}
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			x, y := Lon+float64(i)*BlockLon, Lat+float64(j)*BlockLat
			ways = append(ways, way{[]int64{grid(i, j), grid(i+1, j)}, streetTags(j)}, way{[]int64{grid(i, j), grid(i, j+1)}, streetTags(i + 2)})
			for h := 0; h < houses; h++ {
				hx, hy := x+BlockLon*(0.15+0.7*float64(h%4)/4), y+BlockLat*(0.15+0.7*float64(h/4)/4)
				ways = append(ways, way{rect(hx, hy, hx+BlockLon*0.1, hy+BlockLat*0.1), [][2]string{{"building", "yes"}, {"addr:housenumber", fmt.Sprint(h + 1)}}})
			}
			if houses > 0 {
				mx, my := x+BlockLon/2, y+BlockLat/2
				ways = append(ways, way{[]int64{node(x+BlockLon*0.1, my), node(x+BlockLon*0.9, my)}, [][2]string{{"barrier", "fence"}}},
					way{[]int64{node(mx, y+BlockLat*0.1), node(mx, y+BlockLat*0.9)}, [][2]string{{"barrier", "fence"}}})
			}
		}
	}
	var river []int64
	for i := 0; i <= n; i++ {
		river = append(river, node(Lon+float64(i)*BlockLon, Lat-BlockLat*0.4))
	}
	ways = append(ways, way{river, [][2]string{{"waterway", "river"}, {"name", "Сэлбэ гол"}}},
		way{rect(Lon+BlockLon*0.2, Lat+BlockLat*0.2, Lon+BlockLon*0.8, Lat+BlockLat*0.8), [][2]string{{"leisure", "park"}}})
	// ponds with an island, as OpenStreetMap maps lakes: a multipolygon
	// relation over untagged ways, the outer ring in two halves
	type relation struct{ outer, inner []int }
	var rels []relation
	pond := func(x, y float64) {
		a, b, c, d := node(x+BlockLon*0.2, y+BlockLat*0.2), node(x+BlockLon*0.8, y+BlockLat*0.2), node(x+BlockLon*0.8, y+BlockLat*0.8), node(x+BlockLon*0.2, y+BlockLat*0.8)
		ways = append(ways, way{[]int64{a, b, c}, nil}, way{[]int64{c, d, a}, nil},
			way{rect(x+BlockLon*0.4, y+BlockLat*0.4, x+BlockLon*0.6, y+BlockLat*0.6), nil})
		rels = append(rels, relation{outer: []int{len(ways) - 2, len(ways) - 1}, inner: []int{len(ways)}})
	}
	// ger-area lanes bend round the plots: a quarter circle across a block
	lane := func(x, y float64) {
		var l []int64
		for k := 0; k <= 12; k++ {
			t := float64(k) / 12 * math.Pi / 2
			l = append(l, node(x+BlockLon*(0.05+0.9*math.Sin(t)), y+BlockLat*(0.95-0.9*math.Cos(t))))
		}
		ways = append(ways, way{l, [][2]string{{"highway", "track"}, {"name", "Нарангийн гудамж"}}})
	}
	pond(Lon+BlockLon, Lat)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			if i%10 == 7 && j%10 == 7 {
				pond(Lon+float64(i)*BlockLon, Lat+float64(j)*BlockLat)
			}
			if i%7 == 3 && j%7 == 2 {
				lane(Lon+float64(i)*BlockLon, Lat+float64(j)*BlockLat)
			}
		}
	}
	node(Lon+BlockLon*1.5, Lat+BlockLat*1.5, [2]string{"place", "suburb"}, [2]string{"name", "Сүхбаатар"}, [2]string{"name:en", "Sükhbaatar"})
	for k, w := range ways {
		fmt.Fprintf(bw, " <way id=\"%d\" version=\"1\">\n", k+1)
		for _, id := range w.nodes {
			fmt.Fprintf(bw, "  <nd ref=\"%d\"/>\n", id)
		}
		writeTags(bw, w.tags)
		fmt.Fprintln(bw, " </way>")
	}
	for k, r := range rels {
		fmt.Fprintf(bw, " <relation id=\"%d\" version=\"1\">\n", k+1)
		for _, w := range r.outer {
			fmt.Fprintf(bw, "  <member type=\"way\" ref=\"%d\" role=\"outer\"/>\n", w)
		}
		for _, w := range r.inner {
			fmt.Fprintf(bw, "  <member type=\"way\" ref=\"%d\" role=\"inner\"/>\n", w)
		}
		writeTags(bw, [][2]string{{"type", "multipolygon"}, {"natural", "water"}, {"name", "Цэнгэр нуур"}})
		fmt.Fprintln(bw, " </relation>")
	}
	fmt.Fprintln(bw, "</osm>")
	return bw.Flush()
}

// streetTags are the tags of the k-th grid line's street.
func streetTags(k int) [][2]string {
	class := "residential"
	switch {
	case k%10 == 0:
		class = "primary"
	case k%5 == 0:
		class = "secondary"
	case k%3 == 0:
		class = "track"
	}
	nm := names[k%len(names)]
	t := [][2]string{{"highway", class}}
	for i, key := range []string{"name:mn", "name", "name:en"} {
		if nm[i] != "" {
			t = append(t, [2]string{key, nm[i]})
		}
	}
	return t
}

func writeTags(w io.Writer, tags [][2]string) {
	for _, t := range tags {
		fmt.Fprintf(w, "  <tag k=\"%s\" v=\"%s\"/>\n", t[0], t[1])
	}
}

// Extract writes the n x n city as .osm and, with osmium, .osm.pbf
// into a temporary folder; pbf is empty when osmium is not installed.
func Extract(tb testing.TB, n, houses int) (xml, pbf string) {
	tb.Helper()
	return ExtractIn(tb, tb.TempDir(), n, houses)
}

// ExtractIn is Extract into folder dir ("": a new folder under the
// system's temporary folder, left for the caller).
func ExtractIn(tb testing.TB, dir string, n, houses int) (xml, pbf string) {
	tb.Helper()
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "osmsynth"); err != nil {
			tb.Fatal(err)
		}
	}
	xml = filepath.Join(dir, "city.osm")
	f, err := os.Create(xml)
	if err != nil {
		tb.Fatal(err)
	}
	if err := WriteXML(f, n, houses); err != nil {
		tb.Fatal(err)
	}
	f.Close()
	if _, err := exec.LookPath("osmium"); err != nil {
		return xml, ""
	}
	pbf = filepath.Join(dir, "city.osm.pbf")
	if out, err := exec.Command("osmium", "cat", "-o", pbf, xml).CombinedOutput(); err != nil {
		tb.Fatalf("osmium: %v: %s", err, out)
	}
	return xml, pbf
}
