package geo

import (
	"math"
	"testing"

	"github.com/khoroomap/khoroomap/geo/words"
)

func TestScaleLength(t *testing.T) {
	for _, c := range []struct {
		name   string
		max    float64
		length float64
		label  string
	}{
		{"a few hundred metres", 730, 500, "500 m"},
		{"just over two", 2.1, 2, "2 m"},
		{"a round number itself", 1000, 1000, "1 km"},
		{"kilometres", 27000, 20000, "20 km"},
		{"under a metre", 0.3, 0.2, "0.2 m"},
		{"nothing fits: zero", 0, 0, "0 m"},
		{"nothing fits: negative", -5, 0, "0 m"},
		{"nothing fits: NaN", math.NaN(), 0, "0 m"},
		{"nothing fits: infinite", math.Inf(1), 0, "0 m"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ScaleLength(c.max)
			if got != c.length || ScaleLabel(got, words.EN) != c.label {
				t.Errorf("ScaleLength(%v) = %v (%q), want %v (%q)", c.max, got, ScaleLabel(got, words.EN), c.length, c.label)
			}
		})
	}
}

// In Mongolian the units are Cyrillic, as the window writes them.
func TestScaleLabelMongolian(t *testing.T) {
	for metres, want := range map[float64]string{500: "500 м", 2000: "2 км"} {
		if got := ScaleLabel(metres, words.MN); got != want {
			t.Errorf("ScaleLabel(%v, mn) = %q, want %q", metres, got, want)
		}
	}
}
