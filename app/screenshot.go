//go:build screenshot

package app

import (
	"fmt"
	"image/color"
	"image/png"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Screenshot builds the real main window offscreen with the given files
// (or the training sample), at 1280x800, and writes it as a PNG. It uses
// Fyne's software renderer from fyne.io/fyne/v2/test, so it needs no
// display; that package brings testing libraries (testify, go-spew,
// difflib, yaml.v3) with it, so only builds with -tags screenshot (CI,
// README pictures) have it, never the release binary.
func Screenshot(out string, files []string) error {
	done := make(chan error)
	go func() { done <- screenshot(out, files) }() // Fyne's calls must not come from main
	return <-done
}

func screenshot(out string, files []string) error {
	a := test.NewApp()
	defer a.Quit()
	a.Settings().SetTheme(lightTheme{theme.DefaultTheme()})
	ui, err := New(a)
	if err != nil {
		return err
	}
	w := ui.Window()
	w.Resize(fyne.NewSize(1280, 800))
	if err := ui.LoadNow(files); err != nil {
		return err
	}
	w.Show()
	w.Resize(fyne.NewSize(1280, 800))
	ui.fitAll()
	ui.Map.RenderNow()
	img := w.Canvas().Capture()
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("screenshot: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("screenshot: %w", err)
	}
	return f.Close()
}

// lightTheme is the default theme in its light variant, whatever the
// system prefers: screenshots for the README and CI look the same everywhere.
type lightTheme struct{ fyne.Theme }

// Color implements fyne.Theme.
func (t lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantLight)
}
