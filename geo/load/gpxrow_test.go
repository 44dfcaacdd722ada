package load

import (
	"strings"
	"testing"
)

// A GPX waypoint whose name is 100 MB, or whose lat is, and a comment of
// 100 MB between elements, are refused having read little of them; a
// waypoint's position that is no number is quoted cut to 80 characters.
func TestLongGPXRefused(t *testing.T) {
	head := `<?xml version="1.0"?><gpx version="1.1" creator="t">`
	for _, c := range []struct {
		name string
		in   *counted
		want string
	}{
		{"name", hugeCSV(head+`<wpt lat="47.9" lon="106.9"><name>`, 'n', 100<<20, `</name></wpt></gpx>`), "t.gpx: feature 1: a waypoint longer than 1 MiB"},
		{"lat", hugeCSV(head+`<wpt lat="`, '4', 100<<20, `" lon="106.9"><name>a</name></wpt></gpx>`), "t.gpx: an element longer than 1 MiB"},
		{"comment", hugeCSV(head+`<!--`, 'c', 100<<20, `--></gpx>`), "t.gpx: an element longer than 1 MiB"},
		{"lat not a number", hugeCSV(head+`<wpt lat="`, 'x', 500<<10, `" lon="106.9"></wpt></gpx>`), `t.gpx: feature 1: the point's lat="` + strings.Repeat("x", 79) + `…" lon="106.9" is not a position`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("t.gpx", c.in, Options{})
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("got %.300v, want %q…", err, c.want)
			}
			if c.in.n > 4*maxRow {
				t.Errorf("read %d bytes to refuse it", c.in.n)
			}
		})
	}
}
