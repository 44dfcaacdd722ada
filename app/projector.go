package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// prefProjector remembers projector mode (a bool).
const prefProjector = "projector"

// projectorMagnify is how much larger the map's labels and symbols are
// drawn in projector mode.
const projectorMagnify = 1.6

// projectorTheme is the interface for a projector at the back of a
// khoroo hall: larger text, icons and spacing, black on white with a
// strong blue, whatever the system prefers.
type projectorTheme struct{ fyne.Theme }

// High-contrast colours of projector mode.
var (
	projInk    = color.NRGBA{0x00, 0x00, 0x00, 0xff}
	projPaper  = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	projBlue   = color.NRGBA{0x00, 0x3d, 0xb8, 0xff}
	projGrey   = color.NRGBA{0x44, 0x44, 0x44, 0xff}
	projButton = color.NRGBA{0xe4, 0xe4, 0xe4, 0xff}
)

// Color implements fyne.Theme.
func (t projectorTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameForeground, theme.ColorNameInputBorder, theme.ColorNameSeparator:
		return projInk
	case theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground:
		return projPaper
	case theme.ColorNamePrimary, theme.ColorNameFocus, theme.ColorNameHyperlink:
		return projBlue
	case theme.ColorNamePlaceHolder, theme.ColorNameDisabled:
		return projGrey
	case theme.ColorNameButton:
		return projButton
	case theme.ColorNameForegroundOnPrimary:
		return projPaper
	}
	return t.Theme.Color(n, theme.VariantLight)
}

// Size implements fyne.Theme: text and icons a fifth larger, spacing as
// it is, so that the whole window still fits a 1024×768 projector.
func (t projectorTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText, theme.SizeNameCaptionText,
		theme.SizeNameInlineIcon, theme.SizeNameInputBorder, theme.SizeNameSeparatorThickness:
		return s * 1.2
	}
	return s
}

// projectorOn reports whether projector mode is on in the settings.
func (ui *UI) projectorOn() bool { return ui.prefs().Bool(prefProjector) }

// setProjector switches projector mode and remembers it; the window is
// built anew, as widgets made before keep some of the old theme's colours.
func (ui *UI) setProjector(on bool) {
	ui.prefs().SetBool(prefProjector, on)
	ui.applyProjector()
	ui.build()
	ui.sceneChanged()
}

// applyProjector shows the window as the settings say: in projector mode
// the large, high-contrast theme and magnified map labels; else the theme
// the window started with.
func (ui *UI) applyProjector() {
	s := ui.app.Settings()
	projecting := isProjector(s.Theme())
	if !projecting {
		ui.normalTheme = s.Theme()
	}
	switch {
	case ui.projectorOn():
		s.SetTheme(projectorTheme{theme.DefaultTheme()})
		ui.Map.SetMagnify(projectorMagnify)
	case projecting:
		if ui.normalTheme == nil { // this window started in projector mode
			ui.normalTheme = readable(theme.DefaultTheme())
		}
		s.SetTheme(ui.normalTheme)
		ui.Map.SetMagnify(1)
	}
}

// isProjector reports whether th is projector mode's theme, as set or as
// New wraps it to keep secondary text readable.
func isProjector(th fyne.Theme) bool {
	if r, ok := th.(readableTheme); ok {
		th = r.Theme
	}
	_, ok := th.(projectorTheme)
	return ok
}
