package synth

import (
	"bytes"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/load"
)

// The same options give the same bytes, and the file loads to the number
// of features asked for, around Ulaanbaatar.
func TestWrite(t *testing.T) {
	o := Options{Plots: 500, Large: 3, LargePoints: 300, Seed: 7}
	var a, b bytes.Buffer
	if err := Write(&a, o); err != nil {
		t.Fatal(err)
	}
	Write(&b, o)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two writes with one seed differ")
	}
	l, err := load.Read("synthetic.geojson", &a, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 503 || len(l.Warnings) != 0 {
		t.Errorf("%d features, warnings %q", len(l.Features), l.Warnings)
	}
	if l.Bound.Min[0] < 106 || l.Bound.Max[0] > 108 || l.Bound.Min[1] < 47.5 || l.Bound.Max[1] > 48.3 {
		t.Errorf("bound %v is not around Ulaanbaatar", l.Bound)
	}
}

// A zigzag file loads to one closed polygon of the vertices asked for.
func TestWriteZigzag(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteZigzag(&buf, 1000, 0.3); err != nil {
		t.Fatal(err)
	}
	l, err := load.Read("zigzag.geojson", &buf, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 1 || len(l.Warnings) != 0 {
		t.Fatalf("%d features, warnings %q", len(l.Features), l.Warnings)
	}
	if n := len(l.Features[0].Geometry.(orb.MultiPolygon)[0][0]); n != 1001 {
		t.Errorf("ring of %d points, want 1,001", n)
	}
}
