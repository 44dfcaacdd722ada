package exchange_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// namedAndUnnamed: two named points and three unnamed photo points, each
// in its own khoroo, so the khoroo column tells them apart better than
// the name column does (a tally of distinct values picks "khoroo").
func namedAndUnnamed() *annot.Set {
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	names := []string{"Ус түгээх байр №12", "Ерөнхий боловсролын 23-р сургууль", "", "", ""}
	s := &annot.Set{Categories: annot.DefaultCategories()}
	for i, n := range names {
		s.Points = append(s.Points, annot.Point{Meta: annot.NewMeta("Б", now), Category: "water_kiosk", Name: n, Status: annot.Working,
			Location: orb.Point{106.91 + float64(i)/100, 47.91}, Places: annot.Places{District: "Сүхбаатар", Khoroo: fmt.Sprintf("%d-р хороо", i+1)}})
	}
	return s
}

// TestNamesComeBack: a point's name survives the Shapefile zip and the
// KMZ, and an unnamed point comes back unnamed, not named after its
// khoroo or its UUID.
func TestNamesComeBack(t *testing.T) {
	for _, tc := range []struct {
		file  string
		write func(*bytes.Buffer, *annot.Set) error
	}{
		{"back.zip", func(b *bytes.Buffer, s *annot.Set) error {
			return exchange.WriteShapefileZip(b, s, exchange.WriteOptions{Lang: "mn"}, nil)
		}},
		{"back.kmz", func(b *bytes.Buffer, s *annot.Set) error {
			return exchange.WriteKMZ(b, s, exchange.WriteOptions{Lang: "mn"}, nil)
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			want := namedAndUnnamed()
			var buf bytes.Buffer
			if err := tc.write(&buf, want); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), tc.file)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			ls, err := load.All(path, load.Options{Points: true})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, l := range ls {
				if l.Kind != geo.Points {
					continue
				}
				pts, err := exchange.Points(l, exchange.Options{Categories: want.Categories})
				if err != nil {
					t.Fatal(err)
				}
				for _, p := range pts {
					got[p.ID] = p.Name
				}
			}
			for _, p := range want.Points {
				if n, ok := got[p.ID]; !ok || n != p.Name {
					t.Errorf("point %s (%q) came back named %q (found: %v)", p.ID, p.Name, n, ok)
				}
			}
		})
	}
}
