package exchange

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/load"
)

// A file whose point has notes or a name longer than a point's may be
// is refused in one line naming the file, the feature and both lengths,
// without the text; one within the bounds comes in whole.
func TestImportRefusesTooLong(t *testing.T) {
	for _, c := range []struct {
		name, csv, want string
	}{
		{"notes", "name,lat,lon,notes\na,47.9,106.9,ok\nb,47.9,106.91," + strings.Repeat("n", 20_000) + "\n",
			"exchange: t.csv: feature 2: the notes are 20000 characters long, more than the 10000 notes may hold"},
		{"name", "name,lat,lon\n" + strings.Repeat("Ө", 500) + ",47.9,106.9\n",
			"exchange: t.csv: feature 1: the name is 500 characters long, more than the 300 a name may hold"},
		{"within", "name,lat,lon,notes\n" + strings.Repeat("Ө", 300) + ",47.9,106.9," + strings.Repeat("ү", 10_000) + "\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := load.Read("t.csv", strings.NewReader(c.csv), load.Options{Points: true})
			if err != nil {
				t.Fatal(err)
			}
			pts, err := Points(l, opts())
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
			if c.want == "" && (len(pts) != 1 || len([]rune(pts[0].Notes)) != 10_000) {
				t.Errorf("%d points", len(pts))
			}
		})
	}
}
