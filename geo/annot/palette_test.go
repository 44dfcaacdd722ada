package annot

import (
	"image/color"
	"math"
	"testing"
)

// Simulated colour-vision deficiencies: Machado, Oliveira and Fernandes
// (2009), severity 1.0, applied to linear RGB.
var (
	deuteranopia = [3][3]float64{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}
	protanopia   = [3][3]float64{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}
	normal       = [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
)

// minLightStep is how far apart in L* (greyscale) and in ΔE*76 (under each
// simulation) two categories of the same shape must be.
const minLightStep = 20

func linear(c uint8) float64 {
	v := float64(c) / 255
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// lab converts a colour, seen through m, to CIE L*a*b* (D65).
func lab(c color.NRGBA, m [3][3]float64) [3]float64 {
	in := [3]float64{linear(c.R), linear(c.G), linear(c.B)}
	var l [3]float64
	for i := range l {
		l[i] = math.Min(1, math.Max(0, m[i][0]*in[0]+m[i][1]*in[1]+m[i][2]*in[2]))
	}
	x := (0.4124*l[0] + 0.3576*l[1] + 0.1805*l[2]) / 0.95047
	y := 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	z := (0.0193*l[0] + 0.1192*l[1] + 0.9505*l[2]) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	return [3]float64{116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))}
}

func deltaE(a, b [3]float64) float64 { return math.Hypot(math.Hypot(a[0]-b[0], a[1]-b[1]), a[2]-b[2]) }

// TestPaletteGreyscaleAndColourBlind fails when two default categories
// drawn with the same shape are too alike printed in greyscale (L*) or
// seen with deuteranopia or protanopia (ΔE after simulation).
func TestPaletteGreyscaleAndColourBlind(t *testing.T) {
	cats := DefaultCategories()
	for i, a := range cats {
		for _, b := range cats[i+1:] {
			if a.Symbol != b.Symbol {
				continue
			}
			if d := math.Abs(lab(a.Colour, normal)[0] - lab(b.Colour, normal)[0]); d < minLightStep {
				t.Errorf("%s and %s (%s): %.1f apart in greyscale lightness", a.ID, b.ID, a.Symbol, d)
			}
			for name, m := range map[string][3][3]float64{"deuteranopia": deuteranopia, "protanopia": protanopia} {
				if d := deltaE(lab(a.Colour, m), lab(b.Colour, m)); d < minLightStep {
					t.Errorf("%s and %s (%s): ΔE %.1f under %s", a.ID, b.ID, a.Symbol, d, name)
				}
			}
		}
	}
}

// The check catches the old palette's pairs: kindergarten and school as
// orange triangles, water kiosk, recycling and other as circles.
func TestPaletteCheckCatchesLookalikes(t *testing.T) {
	rgb := func(v uint32) color.NRGBA { return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff} }
	for _, tc := range []struct {
		what string
		a, b uint32
		m    [3][3]float64
	}{
		{"water kiosk vs other, greyscale", 0x0288d1, 0x757575, normal},
		{"bus stop vs fuel, greyscale", 0x1565c0, 0x455a64, normal},
		{"kindergarten vs school, deuteranopia", 0xf9a825, 0xef6c00, deuteranopia},
	} {
		a, b := lab(rgb(tc.a), tc.m), lab(rgb(tc.b), tc.m)
		if math.Abs(a[0]-b[0]) >= minLightStep && deltaE(a, b) >= minLightStep {
			t.Errorf("%s: %.1f L*, ΔE %.1f: the check would not catch it", tc.what, math.Abs(a[0]-b[0]), deltaE(a, b))
		}
	}
}
