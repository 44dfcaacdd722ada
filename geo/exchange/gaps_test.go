package exchange

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// TestGapsBack: every text export (GeoJSON, KML, CSV), read as an import
// reads it, gives back the service point as a point and the gap point
// and gap area as gaps with the same content and uuid.
func TestGapsBack(t *testing.T) {
	for _, f := range []Format{GeoJSON, KML, CSV} {
		t.Run(string(f), func(t *testing.T) {
			s := testSet()
			path := filepath.Join(t.TempDir(), "export."+string(f))
			out, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			err = Write(out, s, f, WriteOptions{Lang: "mn"})
			out.Close()
			if err != nil {
				t.Fatal(err)
			}
			ls, err := load.All(path, load.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var pts []annot.Point
			var gaps []annot.Gap
			for _, l := range ls {
				if l.Kind == geo.Points {
					more, err := Points(l, opts())
					if err != nil {
						t.Fatal(err)
					}
					pts = append(pts, more...)
				}
				more, err := Gaps(l, opts())
				if err != nil {
					t.Fatal(err)
				}
				gaps = append(gaps, more...)
			}
			if len(pts) != 1 || len(gaps) != 2 {
				t.Fatalf("%d points and %d gaps from %d layers", len(pts), len(gaps), len(ls))
			}
			for _, want := range s.Gaps {
				found := false
				for _, g := range gaps {
					if g.ID == want.ID {
						found = true
						if g.Content() != want.Content() {
							t.Errorf("gap %s:\n got %q\nwant %q", want.Kind, g.Content(), want.Content())
						}
					}
				}
				if !found {
					t.Errorf("gap %s is missing", want.Kind)
				}
			}
		})
	}
}
