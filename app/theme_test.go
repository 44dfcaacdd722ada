package app

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Secondary lines in lists read at WCAG AA contrast on the background and
// on a hovered or selected row, in both variants; Fyne's own grey did not.
func TestSecondaryTextContrast(t *testing.T) {
	if got := contrast(color.White, color.Black); got < 20.9 || got > 21.1 {
		t.Fatalf("contrast of black on white %.2f, want 21", got)
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		def := theme.DefaultTheme()
		if c := contrast(def.Color(theme.ColorNameDisabled, v), def.Color(theme.ColorNameBackground, v)); c >= minContrast {
			t.Errorf("variant %d: Fyne's grey is already %.1f:1 (the check cannot fail)", v, c)
		}
		th := readable(def)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameHover, theme.ColorNameInputBackground} {
			back := over(th.Color(bg, v), th.Color(theme.ColorNameBackground, v))
			if c := contrast(th.Color(theme.ColorNameDisabled, v), back); c < minContrast {
				t.Errorf("variant %d: secondary text %.1f:1 on %s", v, c, bg)
			}
		}
	}
	if _, ok := readable(readable(theme.DefaultTheme())).(readableTheme).Theme.(readableTheme); ok {
		t.Error("the theme was wrapped twice")
	}
}

// over is c composited over the opaque base (a translucent hover colour
// on the background).
func over(c, base color.Color) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	b := color.NRGBAModel.Convert(base).(color.NRGBA)
	a := float64(n.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float64(x)*a + float64(y)*(1-a) + 0.5) }
	return color.NRGBA{mix(n.R, b.R), mix(n.G, b.G), mix(n.B, b.B), 0xff}
}
