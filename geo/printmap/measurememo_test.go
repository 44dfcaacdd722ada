package printmap

import "testing"

// The memo answers what the measurer does, for each size and weight.
func TestMeasureMemo(t *testing.T) {
	f, _ := fonts.parse()
	m := measureSurface(f)
	mm := memo(m)
	for range 2 {
		for _, s := range []string{"Өрхийн эрүүл мэндийн төв", "Ү", ""} {
			for _, size := range []float64{9, 12.7} {
				for _, bold := range []bool{false, true} {
					if got, want := mm.textWidth(size, bold, s), m.textWidth(size, bold, s); got != want {
						t.Errorf("%q at %g pt, bold %v: %g mm, want %g", s, size, bold, got, want)
					}
				}
			}
		}
	}
}
