package streets

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

// counts is the number of features of each class in a set.
func counts(s *Set) map[Class]int {
	m := map[Class]int{}
	for _, f := range s.Features {
		m[f.Class]++
	}
	return m
}

func TestReadXMLAndPBF(t *testing.T) {
	xml, pbf := osmsynth.Extract(t, 4, 2)
	paths := []string{xml}
	if pbf == "" {
		t.Log("osmium not installed: .osm.pbf not checked")
	} else {
		paths = append(paths, pbf)
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			s, err := Read(context.Background(), p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			c := counts(s)
			// 4x4 blocks: 2 streets, 2 houses, 2 fences each; a bending lane
			// in block (3, 2); a river, a park, a pond with an island (a
			// multipolygon relation), a place.
			want := map[Class]int{Building: 32, Fence: 32, River: 1, Park: 1, Water: 1, Place: 1}
			for k, n := range want {
				if c[k] != n {
					t.Errorf("%v: %d, want %d", k, c[k], n)
				}
			}
			roads := 0
			for k, n := range c {
				if k.Road() {
					roads += n
				}
			}
			if roads != 33 {
				t.Errorf("%d road ways, want 33", roads)
			}
			for _, f := range s.Features {
				if p, ok := f.Geometry.(orb.Polygon); f.Class == Water && (!ok || len(p) != 2 || f.ID >= 0) {
					t.Errorf("the pond is %+v, want the relation's polygon with its island", f)
				}
			}
			if _, ok := s.Features[0].Geometry.(orb.Polygon); !ok {
				t.Errorf("the first feature (a park) is a %T, want a polygon", s.Features[0].Geometry)
			}
			found := false
			for _, f := range s.Features {
				found = found || f.Label("mn") == "Энхтайваны өргөн чөлөө"
			}
			if !found {
				t.Error("no street named Энхтайваны өргөн чөлөө")
			}
		})
	}
}

// The box keeps what lies in it (plus the margin) and cuts ways at it:
//
//	+---+---+---+---+
//	|   |   |   |   |   only the lower-left block's
//	+---+---+---+---+   features (and the streets
//	| # |   |   |   |   touching it) remain
//	+---+---+---+---+
func TestReadBound(t *testing.T) {
	xml, _ := osmsynth.Extract(t, 4, 2)
	box := orb.Bound{Min: orb.Point{osmsynth.Lon + 0.0001, osmsynth.Lat + 0.0001}, Max: orb.Point{osmsynth.Lon + osmsynth.BlockLon - 0.0001, osmsynth.Lat + osmsynth.BlockLat - 0.0001}}
	s, err := Read(context.Background(), xml, Options{Bound: box, Margin: 5})
	if err != nil {
		t.Fatal(err)
	}
	c := counts(s)
	if c[Building] != 2 || c[Park] != 1 || c[Place] != 0 {
		t.Errorf("in the box: %v, want 2 buildings, the park and no place", c)
	}
	wide := box.Pad(0.0005)
	for _, f := range s.Features {
		if b := f.Geometry.Bound(); !wide.Contains(b.Min) || !wide.Contains(b.Max) {
			t.Errorf("%v %d reaches %v, out of the box", f.Class, f.ID, b)
		}
	}
}

func TestReadCancel(t *testing.T) {
	xml, _ := osmsynth.Extract(t, 20, 4)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := Read(ctx, xml, Options{Progress: func(float64) { calls++; cancel() }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("after cancel: %v, want context.Canceled", err)
	}
	if calls == 0 {
		t.Error("no progress reported")
	}
}

func TestReadHostile(t *testing.T) {
	xml, pbf := osmsynth.Extract(t, 3, 1)
	dir := t.TempDir()
	cases := map[string][]byte{
		"random.osm.pbf":      []byte("\x00\x00\x00\x0dnot a protobuf at all, just bytes"),
		"huge-header.osm.pbf": {0x7f, 0xff, 0xff, 0xff},
		"broken.osm":          []byte(`<osm><node id="1" lat="x" lon="1"/><way id="1"><nd ref="1"/>`),
	}
	if pbf != "" {
		b, _ := os.ReadFile(pbf)
		cases["truncated.osm.pbf"] = b[:len(b)/2]
	}
	b, _ := os.ReadFile(xml)
	cases["truncated.osm"] = b[:len(b)/2]
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			os.WriteFile(p, data, 0o644)
			_, err := Read(context.Background(), p, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "streets: ") || !strings.Contains(msg, name) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming the file", msg)
			}
		})
	}
	if _, err := Read(context.Background(), filepath.Join(dir, "missing.osm.pbf"), Options{}); err == nil || !strings.Contains(err.Error(), "missing.osm.pbf") {
		t.Errorf("missing file: %v", err)
	}
}

func TestLabelLanguage(t *testing.T) {
	cases := []struct {
		name   string
		f      Feature
		mn, en string
	}{
		{"all three", Feature{Name: "Сөүлийн", NameMN: "Сөүлийн гудамж", NameEN: "Seoul Street"}, "Сөүлийн гудамж", "Seoul Street"},
		{"name only", Feature{Name: "Их тойруу"}, "Их тойруу", "Их тойруу"},
		{"english only", Feature{NameEN: "Peace Avenue"}, "Peace Avenue", "Peace Avenue"},
		{"none", Feature{}, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.Label("mn"); got != c.mn {
				t.Errorf("mn: %q, want %q", got, c.mn)
			}
			if got := c.f.Label("en"); got != c.en {
				t.Errorf("en: %q, want %q", got, c.en)
			}
		})
	}
}

// A street crossing the box with no node inside it is kept whole when
// its nodes lie within reach, and left out when they lie farther:
//
//	a ----+-----+---- b      a, b 1 km beyond the box: kept
//	      | box |
//	c ----+-----+---------------------- d   5 km beyond: left out
func TestReadCrossingStreet(t *testing.T) {
	xml := filepath.Join(t.TempDir(), "cross.osm")
	os.WriteFile(xml, []byte(`<osm version="0.6">
 <node id="1" lat="47.9" lon="106.88"/><node id="2" lat="47.9" lon="106.95"/>
 <node id="3" lat="47.905" lon="106.85"/><node id="4" lat="47.905" lon="106.98"/>
 <way id="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/></way>
 <way id="2"><nd ref="3"/><nd ref="4"/><tag k="highway" v="secondary"/></way>
</osm>`), 0o644)
	box := orb.Bound{Min: orb.Point{106.905, 47.895}, Max: orb.Point{106.925, 47.91}}
	s, err := Read(context.Background(), xml, Options{Bound: box})
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 1 || s.Features[0].ID != 1 {
		t.Fatalf("kept %+v, want way 1 only", s.Features)
	}
}
