package streets

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// lakeXML is a lake drawn as OpenStreetMap draws big ones: a multipolygon
// whose outer ring is two ways (one of them running the wrong way round)
// and whose island is a closed way of its own, untagged; a boundary
// relation beside it is not drawn, nor is a multipolygon whose ring
// cannot close.
func lakeXML() string {
	var b strings.Builder
	b.WriteString("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6'>\n")
	node := func(id int, lon, lat float64) {
		fmt.Fprintf(&b, "<node id='%d' version='1' lat='%.7f' lon='%.7f'/>\n", id, lat, lon)
	}
	// outer square 106.900..106.910 x 47.900..47.906; island in the middle
	node(1, 106.900, 47.900)
	node(2, 106.910, 47.900)
	node(3, 106.910, 47.906)
	node(4, 106.900, 47.906)
	node(5, 106.904, 47.902)
	node(6, 106.906, 47.902)
	node(7, 106.906, 47.904)
	node(8, 106.904, 47.904)
	node(9, 106.920, 47.900)
	node(10, 106.925, 47.900)
	way := func(id int, nodes ...int) {
		fmt.Fprintf(&b, "<way id='%d' version='1'>", id)
		for _, n := range nodes {
			fmt.Fprintf(&b, "<nd ref='%d'/>", n)
		}
		b.WriteString("</way>\n")
	}
	way(10, 1, 2, 3)
	way(11, 1, 4, 3) // the other half, from the same start: turned round when joined
	way(12, 5, 6, 7, 8, 5)
	way(13, 9, 10) // an open line
	rel := func(id int, tags string, members ...string) {
		fmt.Fprintf(&b, "<relation id='%d' version='1'>%s%s</relation>\n", id, strings.Join(members, ""), tags)
	}
	member := func(way int, role string) string {
		return fmt.Sprintf("<member type='way' ref='%d' role='%s'/>", way, role)
	}
	rel(10, "<tag k='type' v='multipolygon'/><tag k='natural' v='water'/><tag k='name' v='Өргөө нуур'/>",
		member(10, "outer"), member(11, "outer"), member(12, "inner"))
	rel(11, "<tag k='type' v='boundary'/><tag k='natural' v='water'/>", member(10, "outer"), member(11, "outer"))
	rel(12, "<tag k='type' v='multipolygon'/><tag k='leisure' v='park'/>", member(13, "outer"))
	b.WriteString("</osm>\n")
	return b.String()
}

func TestReadMultipolygon(t *testing.T) {
	dir := t.TempDir()
	xml := filepath.Join(dir, "lake.osm")
	if err := os.WriteFile(xml, []byte(lakeXML()), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{xml}
	if _, err := exec.LookPath("osmium"); err == nil {
		pbf := filepath.Join(dir, "lake.osm.pbf")
		if out, err := exec.Command("osmium", "cat", "-o", pbf, xml).CombinedOutput(); err != nil {
			t.Fatalf("osmium: %v: %s", err, out)
		}
		paths = append(paths, pbf)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			s, err := Read(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if s.Len() != 1 {
				t.Fatalf("%d features, want the lake alone: %+v", s.Len(), s.Features)
			}
			f := s.Features[0]
			p, ok := f.Geometry.(orb.Polygon)
			if f.ID != -10 || f.Class != Water || f.Label("mn") != "Өргөө нуур" || !ok || len(p) != 2 {
				t.Fatalf("lake read as %+v", f)
			}
			if p[0].Orientation() != orb.CCW || p[1].Orientation() != orb.CW || len(p[0]) != 5 || len(p[1]) != 5 {
				t.Errorf("rings %v: want the outer ring counter-clockwise and the island clockwise, 5 points each", p)
			}
			// drawn: water around the island, paper on it
			v := render.Fit(s.Bound, 400, 300, 20)
			img := canvas(400, 300)
			testPainter(t, "mn").Draw(img, v, s)
			x, y := v.Pixel(orb.Point{106.9015, 47.901})
			if c := img.RGBAAt(int(x), int(y)); !near(c, looks[Water].fill, 2) {
				t.Errorf("lake at %.0f,%.0f is %v, want water %v", x, y, c, looks[Water].fill)
			}
			x, y = v.Pixel(orb.Point{106.905, 47.903})
			if c := img.RGBAAt(int(x), int(y)); !near(c, paper, 2) {
				t.Errorf("island at %.0f,%.0f is %v, want the paper %v", x, y, c, paper)
			}
		})
	}
}

// Rings are joined however the ways run, and lines that never close are
// dropped.
func TestCloseRings(t *testing.T) {
	a, b, c, d := orb.Point{0, 0}, orb.Point{1, 0}, orb.Point{1, 1}, orb.Point{0, 1}
	rings := closeRings([][]orb.Point{{a, b}, {c, b}, {c, d}, {a, d}, {{5, 5}, {6, 6}}})
	if len(rings) != 1 || len(rings[0]) != 5 || rings[0][0] != rings[0][4] {
		t.Fatalf("rings %v, want one closed square", rings)
	}
}

// A relation of many ways (a forest mapped in 20,000 pieces), shuffled and
// every other way turned round, joins into its one ring.
func TestCloseRingsMany(t *testing.T) {
	const n = 20000
	var lines [][]orb.Point
	for i := 0; i < n; i++ {
		a := orb.Point{float64(i), 0}
		b := orb.Point{float64(i + 1), 0}
		if i%2 == 1 {
			a, b = b, a // every other way runs the other way round
		}
		lines = append(lines, []orb.Point{a, b})
	}
	lines = append(lines, []orb.Point{{n, 0}, {n, 1}, {0, 1}, {0, 0}})
	// shuffle deterministically so joining must search
	for i := range lines {
		j := (i * 7919) % len(lines)
		lines[i], lines[j] = lines[j], lines[i]
	}
	rings := closeRings(lines)
	if len(rings) != 1 || len(rings[0]) != n+4 {
		t.Fatalf("%d rings, want one of %d points", len(rings), n+4)
	}
}
