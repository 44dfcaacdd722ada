package load

import (
	"io"
	"strings"
	"testing"
)

// A KML Placemark whose description is 100 MB, or whose ExtendedData holds
// 2,000 values of 600 KB, is refused naming the file and the placemark,
// having read little more than 1 MiB of it.
func TestLongKMLTextRefused(t *testing.T) {
	head := `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>a</name>`
	tail := `<Point><coordinates>106.92,47.96</coordinates></Point></Placemark></Document></kml>`
	for _, c := range []struct {
		name string
		in   io.Reader
		want string
	}{
		{"description", hugeCSV(head+"<description>", 'd', 100<<20, "</description>"+tail), "t.kml: feature 1: a text longer than 1 MiB, the most a value may hold"},
		{"description in CDATA", hugeCSV(head+"<description><![CDATA[", 'd', 100<<20, "]]></description>"+tail), "t.kml: feature 1: a text longer than 1 MiB, the most a value may hold"},
		{"many values", io.MultiReader(strings.NewReader(head+"<ExtendedData>"), repeated(`<Data name="k"><value>`+strings.Repeat("v", 600<<10)+`</value></Data>`, 2000)), "t.kml: feature 1: a feature's properties longer than 1 MiB"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := &counted{r: c.in}
			_, err := Read("t.kml", in, Options{})
			if err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("got %v, want %q…", err, c.want)
			}
			if in.n > 4*maxRow {
				t.Errorf("read %d bytes to refuse it", in.n)
			}
		})
	}
}
