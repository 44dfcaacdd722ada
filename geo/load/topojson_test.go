package load

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// Two khoroos sharing one edge (arc 0), quantized on a 0.01° grid:
//
//	(0,1) +----+----+ (2,1)
//	      | A  0  B |
//	(0,0) +----+----+ (2,0)
//
// A is arcs [0, 1]; B is arcs [2, ~0], walking arc 0 backwards.
const topoTwoKhoroos = `{"type":"Topology",
 "transform":{"scale":[0.01,0.01],"translate":[106.9,47.89]},
 "arcs":[[[1,0],[0,1]], [[1,1],[-1,0],[0,-1],[1,0]], [[1,0],[1,0],[0,1],[-1,0]]],
 "objects":{"khoroo":{"type":"GeometryCollection","geometries":[
   {"type":"Polygon","arcs":[[0,1]],"properties":{"name":"A хороо"}},
   {"type":"Polygon","arcs":[[2,-1]],"properties":{"name":"B хороо"},"id":7},
   {"type":"Point","coordinates":[50,50]}
 ]}}}`

var topoCases = []loadCase{
	{name: "quantized arcs with a shared edge", file: "ub.topojson", in: topoTwoKhoroos, count: 2, names: []string{"A хороо", "B хороо"},
		warn: "point geometry among the polygons", check: func(t *testing.T, l *geo.Layer) {
			b := l.Features[1].Geometry.Bound()
			want := orb.Bound{Min: orb.Point{106.91, 47.89}, Max: orb.Point{106.92, 47.9}}
			if !near(b.Min, want.Min) || !near(b.Max, want.Max) {
				t.Errorf("B's bound = %v, want %v", b, want)
			}
			if r := l.Features[1].Geometry.(orb.MultiPolygon)[0][0]; len(r) != 5 {
				t.Errorf("B's ring has %d points, want 5: %v", len(r), r)
			}
			if v := l.Features[1].Props.Text("id"); v != "7" {
				t.Errorf("id = %q", v)
			}
			if l.Title != "khoroo" {
				t.Errorf("title = %q", l.Title)
			}
		}},
	{name: "arcs without a transform", file: "a.json", in: `{"type":"Topology","arcs":[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.89]]],
 "objects":{"a":{"type":"MultiPolygon","arcs":[[[0]]],"properties":{"name":"a"}}}}`, count: 1, names: []string{"a"}},
	{name: "points with a transform", file: "a.json", in: `{"type":"Topology","transform":{"scale":[0.01,0.01],"translate":[106.9,47.89]},"arcs":[],
 "objects":{"a":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,1]}]}}}`, kind: geo.Points, count: 1,
		check: func(t *testing.T, l *geo.Layer) {
			if p := l.Features[0].Geometry.(orb.Point); !near(p, orb.Point{106.91, 47.9}) {
				t.Errorf("point at %v", p)
			}
		}},
	{name: "several objects are tagged", file: "a.json", in: `{"type":"Topology","arcs":[[[106.9,47.89],[106.91,47.89],[106.91,47.9],[106.9,47.89]]],
 "objects":{"b":{"type":"Polygon","arcs":[[0]]},"a":{"type":"Polygon","arcs":[[0]]}}}`, count: 2, check: func(t *testing.T, l *geo.Layer) {
		if l.Features[0].Props.Text("topojson_object") != "a" {
			t.Errorf("first feature from object %q, want a", l.Features[0].Props.Text("topojson_object"))
		}
	}},
	{name: "arc index out of range", file: "a.json", in: `{"type":"Topology","arcs":[],"objects":{"a":{"type":"Polygon","arcs":[[3]]}}}`,
		err: "a.json: feature 1: refers to arc 3, but the topology has 0 arcs"},
	{name: "bad arcs member", file: "a.json", in: `{"type":"Topology","arcs":[],"objects":{"a":{"type":"Polygon","arcs":"x"}}}`,
		err: "Polygon arcs must be a list of rings"},
	{name: "truncated TopoJSON", file: "a.json", in: topoTwoKhoroos[:120], err: "a.json: unexpected end of file"},
	{name: "wrong type in arcs", file: "a.json", in: `{"type":"Topology","arcs":[["x"]],"objects":{}}`, err: "invalid TopoJSON"},
}

func TestTopoJSON(t *testing.T) {
	runCases(t, topoCases)
}

func near(a, b orb.Point) bool {
	const eps = 1e-9
	return a[0]-b[0] < eps && b[0]-a[0] < eps && a[1]-b[1] < eps && b[1]-a[1] < eps
}

// A small TopoJSON that reuses one arc over and over would unfold to
// millions of vertices: it is refused, naming the feature where the
// budget ran out.
func TestTopoJSONArcReuseBounded(t *testing.T) {
	var arc strings.Builder
	arc.WriteString("[[0,0]")
	for range 99 {
		arc.WriteString(",[1,1]")
	}
	arc.WriteString("]")
	ring := "[" + strings.Repeat("0,", 4999) + "0]"
	var geoms []string
	for range 4 { // 4 rings of 5000 uses of a 100-point arc: 2 million vertices
		geoms = append(geoms, `{"type":"Polygon","arcs":[`+ring+`]}`)
	}
	doc := `{"type":"Topology","transform":{"scale":[0.001,0.001],"translate":[106,47]},"arcs":[` + arc.String() +
		`],"objects":{"k":{"type":"GeometryCollection","geometries":[` + strings.Join(geoms, ",") + `]}}}`
	_, err := Read("reuse.topojson", strings.NewReader(doc), Options{})
	if err == nil || !strings.Contains(err.Error(), "reuse.topojson: feature 3: the objects reuse the arcs so often") {
		t.Errorf("a %d KB file reusing one arc 20,000 times: %v", len(doc)>>10, err)
	}
}
