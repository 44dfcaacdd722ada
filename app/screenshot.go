//go:build screenshot

package app

import (
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/khoroomap/khoroomap/geo/workspace"
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

// LoadNow opens files on the calling goroutine, for screenshots and
// tests: project files as the project; other files are added to a
// throw-away project, which holds the training sample when no file is
// given. It returns the first error, having opened what it could.
func (ui *UI) LoadNow(paths []string) error {
	var first error
	keep := func(err error) {
		if err != nil && first == nil {
			first = err
		}
	}
	var layerFiles []string
	for _, p := range paths {
		if !isProject(p) {
			layerFiles = append(layerFiles, p)
			continue
		}
		d, err := readProject(p, false)
		keep(err)
		if err == nil {
			ui.setProject(d)
		}
	}
	if ui.ws.Project() == nil {
		d, err := ui.scratchProject(len(paths) == 0)
		if err != nil {
			return err
		}
		ui.setProject(d)
	}
	for _, p := range layerFiles { // as Add layer… takes them
		in, err := workspace.ReadIncoming(p, nil)
		keep(err)
		if err != nil {
			continue
		}
		r, err := importInto(ui.ws.Project(), in, nil, ui.author())
		keep(err)
		if err == nil {
			ui.takeImported(r)
		}
	}
	return first
}

// scratchProject is a throw-away project for screenshots and tests.
func (ui *UI) scratchProject(training bool) (*workspace.Read, error) {
	if ui.scratch == "" {
		dir, err := os.MkdirTemp("", "khoroomap-")
		if err != nil {
			return nil, err
		}
		ui.scratch = dir
	}
	return readProject(filepath.Join(ui.scratch, "training.gpkg"), training)
}
