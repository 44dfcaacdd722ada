package geo

import (
	"math"

	"github.com/khoroomap/khoroomap/geo/words"
)

// ScaleLength is the length of a scale bar that may be at most max metres
// long: the longest 1, 2 or 5 × 10^n metres not over max. It is 0 when max
// is not positive (or not a number): no bar fits. The window's scale bar
// and the printed page's both use it.
func ScaleLength(max float64) float64 {
	if !(max > 0) || math.IsInf(max, 1) {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(max)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= max {
			return m * p
		}
	}
	return p
}

// ScaleLabel writes a scale bar's length in l: "500 m", "2 km"; in
// Mongolian "500 м", "2 км".
func ScaleLabel(metres float64, l words.Lang) string {
	if metres >= 1000 {
		return l.F("%g km", metres/1000)
	}
	return l.F("%g m", metres)
}
