package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// minContrast is WCAG AA's contrast for body text.
const minContrast = 4.5

// readableTheme is a theme whose secondary text (Fyne draws low-importance
// labels, such as the second line of a list row, in the Disabled colour)
// reads at WCAG AA contrast on the background, in the light and the dark
// variant: Fyne's own grey is about 2.5:1.
type readableTheme struct{ fyne.Theme }

// Color implements fyne.Theme.
func (t readableTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		return secondaryText(t.Theme.Color(theme.ColorNameBackground, v))
	}
	return t.Theme.Color(n, v)
}

// secondaryText is a grey for secondary lines on bg: dark on a light
// background, light on a dark one.
func secondaryText(bg color.Color) color.Color {
	if luminance(bg) > 0.5 {
		return color.NRGBA{0x5c, 0x60, 0x66, 0xff}
	}
	return color.NRGBA{0xa6, 0xaa, 0xb0, 0xff}
}

// readable wraps th once, so the window keeps the user's theme otherwise.
func readable(th fyne.Theme) fyne.Theme {
	if _, ok := th.(readableTheme); ok {
		return th
	}
	return readableTheme{th}
}

// contrast is the WCAG contrast ratio of two colours, from 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// luminance is WCAG's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}
