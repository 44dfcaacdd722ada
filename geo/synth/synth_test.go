package synth

import (
	"bytes"
	"testing"

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
