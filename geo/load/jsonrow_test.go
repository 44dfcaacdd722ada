package load

import (
	"io"
	"strings"
	"testing"
)

// repeated is n copies of s, streamed.
func repeated(s string, n int) io.Reader { return &cycle{s: s, n: n} }

type cycle struct {
	s    string
	n, i int // copies left, bytes of the current one read
}

func (c *cycle) Read(p []byte) (int, error) {
	k := 0
	for k < len(p) && c.n > 0 {
		m := copy(p[k:], c.s[c.i:])
		k, c.i = k+m, c.i+m
		if c.i == len(c.s) {
			c.i, c.n = 0, c.n-1
		}
	}
	if k == 0 {
		return 0, io.EOF
	}
	return k, nil
}

// A GeoJSON feature whose name is 100 MB (plain, or with escapes), whose
// properties are 2,000 texts of 600 KB, or whose "type" is 100 MB, is
// refused at the place it ran over 1 MiB, having read little more.
func TestLongJSONValueRefused(t *testing.T) {
	const size = 100 << 20
	head := `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.9,47.9]},"properties":{"name":"`
	many := strings.Repeat("x", 600<<10)
	for _, c := range []struct {
		name string
		in   io.Reader
		want string
	}{
		{"name", hugeCSV(head, 'n', size, `"}}]}`), "t.geojson: feature 1: line 1, column 135: a text longer than 1 MiB"},
		{"name with escapes", io.MultiReader(strings.NewReader(head+`\"`), repeated(`\u00d6`, size/6)), "t.geojson: feature 1: line 1, column 135: a text longer than 1 MiB"},
		{"many properties", io.MultiReader(strings.NewReader(head+`a"`), repeated(`,"k":"`+many+`"`, 2000)), "t.geojson: feature 1: line 1, column 1228957: a feature's properties longer than 1 MiB"},
		{"type", hugeCSV(`{"type":"`, 'T', size, `"}`), "t.geojson: line 1, column 9: a text longer than 1 MiB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := &counted{r: c.in}
			_, err := Read("t.geojson", in, Options{})
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("got %v, want %q…", err, c.want)
			}
			if in.n > 8*maxRow {
				t.Errorf("read %d bytes to refuse it", in.n)
			}
		})
	}
}
