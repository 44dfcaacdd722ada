package app

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// Preference keys.
const (
	prefRecent   = "recentFiles"
	prefLanguage = "language"
)

// maxRecent is how many recently opened files the menu remembers.
const maxRecent = 8

// fileExtensions are the boundary and point formats Open offers.
var fileExtensions = []string{".geojson", ".json", ".kml", ".kmz", ".topojson"}

// showOpen asks for a file to open.
func (ui *UI) showOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, ui.win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		ui.Open([]string{path})
	}, ui.win)
	d.SetFilter(storage.NewExtensionFileFilter(fileExtensions))
	if recent := ui.app.Preferences().StringList(prefRecent); len(recent) > 0 {
		// start where the last file came from
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(recent[0]))); err == nil {
			d.SetLocation(dir)
		}
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// dropped opens files dropped onto the window.
func (ui *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		paths = append(paths, u.Path())
	}
	ui.Open(paths)
}

// Open loads files in the background; each layer appears when it is read,
// and a file that cannot be read gets a one-line error dialog. Safe to call
// from any goroutine.
func (ui *UI) Open(paths []string) {
	for _, path := range paths {
		ui.startLoad(func() (*geo.Layer, error) { return load.File(path, load.Options{}) }, path)
	}
}

// LoadSample opens the embedded training khoroo.
func (ui *UI) LoadSample() {
	for _, f := range assets.Sample() {
		ui.startLoad(func() (*geo.Layer, error) {
			return load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		}, "")
	}
}

// LoadNow loads files on the calling goroutine, for screenshots and
// tests; an empty list loads the training sample. It returns the first
// error, having loaded what it could.
func (ui *UI) LoadNow(paths []string) error {
	var first error
	add := func(l *geo.Layer, err error) {
		if err != nil {
			if first == nil {
				first = err
			}
			return
		}
		ui.addLayer(l, "")
	}
	if len(paths) == 0 {
		for _, f := range assets.Sample() {
			add(load.Read(f.Name, bytes.NewReader(f.Data), load.Options{}))
		}
	}
	for _, p := range paths {
		add(load.File(p, load.Options{}))
	}
	return first
}

// startLoad runs read off the UI goroutine with the progress bar showing.
func (ui *UI) startLoad(read func() (*geo.Layer, error), recent string) {
	fyne.Do(func() { ui.setLoading(+1) })
	ui.background(func() {
		l, err := read()
		fyne.Do(func() {
			ui.setLoading(-1)
			if err != nil {
				dialog.ShowError(err, ui.win)
				return
			}
			ui.addLayer(l, recent)
		})
	})
}

// addLayer shows a loaded layer; the first layers also place the map.
func (ui *UI) addLayer(l *geo.Layer, recent string) {
	first := len(ui.layers.list) == 0
	if recent != "" {
		ui.remember(recent)
	}
	ui.layers.add(l)
	if first || !ui.Map.HasView() {
		ui.fitAll()
	}
}

func (ui *UI) setLoading(delta int) {
	ui.loading += delta
	if ui.loading > 0 {
		ui.progress.Show()
		ui.progress.Start()
	} else {
		ui.progress.Stop()
		ui.progress.Hide()
	}
}

// remember puts path at the top of the recent files.
func (ui *UI) remember(path string) {
	prefs := ui.app.Preferences()
	list := slices.DeleteFunc(prefs.StringList(prefRecent), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	prefs.SetStringList(prefRecent, list)
	ui.win.SetMainMenu(ui.mainMenu())
}

// recentMenu lists recently opened files.
func (ui *UI) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, p := range ui.app.Preferences().StringList(prefRecent) {
		items = append(items, fyne.NewMenuItem(shortPath(p), func() { ui.Open([]string{p}) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("(none yet)"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	return fyne.NewMenu("", items...)
}

// shortPath keeps the last two elements of a long path.
func shortPath(p string) string {
	parts := strings.Split(strings.ReplaceAll(p, "\\", "/"), "/")
	if len(parts) > 3 {
		return "…/" + strings.Join(parts[len(parts)-2:], "/")
	}
	return p
}
