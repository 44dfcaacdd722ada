package printmap

import (
	"image/color"
	"math"
)

func hypot(a, b float64) float64 { return math.Hypot(a, b) }

// withAlpha is c with another opacity.
func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

func abs[T int | float64](v T) T {
	if v < 0 {
		return -v
	}
	return v
}
