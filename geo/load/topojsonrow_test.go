package load

import (
	"strings"
	"testing"
)

// TopoJSON is held whole, but a feature's properties are bounded as a
// streamed file's are: a 2 MiB name, two values of 600 KiB, a 301
// character property name are refused naming the feature.
func TestTopoJSONPropsBounded(t *testing.T) {
	topo := func(props string) string {
		return `{"type":"Topology","arcs":[],"objects":{"o":{"type":"GeometryCollection","geometries":[` +
			`{"type":"Point","coordinates":[106.9,47.9],"properties":{"name":"a"}},` +
			`{"type":"Point","coordinates":[106.9,47.9],"properties":` + props + `}]}}}`
	}
	half := strings.Repeat("h", 600<<10)
	for _, c := range []struct {
		name, props, want string
	}{
		{"long value", `{"name":"` + strings.Repeat("n", 2<<20) + `"}`, "t.topojson: feature 2: a text longer than 1 MiB"},
		{"two halves", `{"a":"` + half + `","b":"` + half + `"}`, "t.topojson: feature 2: a feature's properties longer than 1 MiB"},
		{"long name", `{"` + strings.Repeat("k", 301) + `":1}`, "t.topojson: feature 2: a property name of 301 characters"},
		{"fits", `{"a":"` + half + `"}`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("t.topojson", strings.NewReader(topo(c.props)), Options{})
			got := ""
			if err != nil {
				got = err.Error()
			}
			if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") {
				t.Errorf("got %.200q, want %q", got, c.want)
			}
		})
	}
}
