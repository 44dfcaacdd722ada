package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Preference keys.
const (
	prefRecent   = "recentFiles"
	prefLanguage = "language"
)

// maxRecent is how many recently opened files the menu remembers.
const maxRecent = 8

// fileExtensions are the boundary and point formats the dialogs offer.
var fileExtensions = []string{".geojson", ".json", ".kml", ".kmz", ".topojson", ".csv"}

// importExtensions are the files Add layer… and Import service points…
// offer: every kind `khoroomap import` reads, a Shapefile zip (an
// office's, or this app's export) and a GPX walk too.
var importExtensions = append(slices.Clip(fileExtensions), ".zip", ".gpx")

// isProject tells project files by their extension.
func isProject(path string) bool { return strings.EqualFold(filepath.Ext(path), ".gpkg") }

// showOpen asks for a layer file (or a project) to open.
func (ui *UI) showOpen() {
	ui.pickFile(append(slices.Clip(importExtensions), ".gpkg"), func(path string) { ui.Open([]string{path}) })
}

// dropped opens files dropped onto the window.
func (ui *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		paths = append(paths, u.Path())
	}
	ui.Open(paths)
}

// Open opens files in the background: a project file (.gpkg) replaces the
// open project; any other file is imported into the project as
// `khoroomap import` would (its points as service points, its gaps as
// gaps, its areas as boundary layers; see fileImport), appearing when it
// is read and saved; a file that cannot be read gets a one-line error
// dialog. Safe to call from any goroutine.
func (ui *UI) Open(paths []string) {
	for _, path := range paths {
		if isProject(path) {
			ui.OpenProject(path) // remembered once it opened
			continue
		}
		ui.newFileImport(path, nil).start()
	}
}

// saveNewLayer writes a loaded layer into the project in the background,
// then shows it. With no project open yet (it is still being read), the
// layer waits for it.
func (ui *UI) saveNewLayer(l *geo.Layer) {
	p := ui.ws.Project()
	if p == nil {
		ui.pending = append(ui.pending, l)
		return
	}
	role := geo.InferRole(l)
	ui.background(func() {
		table, err := p.AddLayer(l, role)
		fyne.Do(func() {
			ui.setLoading(-1)
			if err != nil {
				showError(err, ui.win)
				return
			}
			if ui.ws.Project() != p { // another project was opened meanwhile
				return
			}
			ui.showNewLayer(l, role, table)
		})
	})
}

// showNewLayer adds a saved layer to the map and zooms to it.
func (ui *UI) showNewLayer(l *geo.Layer, role geo.Role, table string) {
	i := ui.layers.add(l, role)
	ui.layers.list[i].table = table
	ui.placesChanged()
	ui.annotsChanged()
	if len(l.Features) > 0 {
		ui.Map.FitBound(l.Bound)
	} else if !ui.Map.HasView() {
		ui.fitAll()
	}
}

// flushPending saves the layers and imports the files that waited for
// the project.
func (ui *UI) flushPending() {
	pending, files := ui.pending, ui.pendingFiles
	ui.pending, ui.pendingFiles = nil, nil
	for _, l := range pending {
		ui.saveNewLayer(l)
	}
	for _, fi := range files {
		fi.importNow()
	}
	ui.showPendingForms()
}

// OpenIn opens the project among files, else the project at path (a new
// one holding the training sample when no file is given), and adds the
// other files to it: the paths the window takes when files are opened,
// for a throw-away window (tests, screenshots).
func (ui *UI) OpenIn(path string, files []string) {
	for _, f := range files {
		if isProject(f) {
			ui.Open(files)
			return
		}
	}
	ui.openProject(path, len(files) == 0)
	ui.Open(files)
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

// saveLayer keeps a change to a layer in the project file.
func (ui *UI) saveLayer(ml *mapLayer, what layerChange) {
	if ui.ws.Project() == nil {
		return
	}
	sl := store.Layer{Table: ml.table, Layer: ml.layer, Role: ml.role, Colour: ml.colour(), Hidden: ml.hidden}
	var err error
	switch what {
	case layerRemoved:
		err = ui.ws.Project().RemoveLayer(ml.table)
	case layerRenamed:
		err = ui.ws.Project().RenameFeatures(sl)
	default:
		err = ui.ws.Project().UpdateLayer(sl)
	}
	if err != nil {
		showError(err, ui.win)
	}
	if what == layerRoled || what == layerRemoved {
		ui.placesChanged()
		ui.annotsChanged()
	}
}

// confirmRemoveLayer asks before removing a layer from the project.
func (ui *UI) confirmRemoveLayer(i int) {
	ml := ui.layers.list[i]
	dialog.ShowConfirm(lang.L("Remove layer"), lang.L("Remove this layer from the project? The file it came from is not touched.")+"\n"+layerTitle(ml.layer), func(ok bool) {
		if ok {
			if j := slices.Index(ui.layers.list, ml); j >= 0 {
				ui.layers.remove(j)
			}
		}
	}, ui.win)
}

// remember puts path, a file that opened, at the top of the recent files.
func (ui *UI) remember(path string) { ui.setRecent(path, true) }

// forget takes path, a file that failed to open, off the recent files.
func (ui *UI) forget(path string) { ui.setRecent(path, false) }

// setRecent takes path off the recent files and, when top, puts it first.
func (ui *UI) setRecent(path string, top bool) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	prefs := ui.prefs()
	old := prefs.StringList(prefRecent)
	list := slices.DeleteFunc(slices.Clone(old), func(s string) bool { return s == path })
	if top {
		list = append([]string{path}, list...)
	}
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	if slices.Equal(list, old) {
		return
	}
	prefs.SetStringList(prefRecent, list)
	ui.win.SetMainMenu(ui.mainMenu())
}

// recentMenu lists recently opened files.
func (ui *UI) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, p := range ui.prefs().StringList(prefRecent) {
		items = append(items, fyne.NewMenuItem(shortPath(p), func() { ui.openRecent(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("(none yet)"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	return fyne.NewMenu("", items...)
}

// openRecent opens a file of the recent list; one no longer there is
// taken off the list, and said so, rather than made anew empty.
func (ui *UI) openRecent(path string) {
	if _, err := os.Stat(path); err != nil {
		ui.forget(path)
		dialog.ShowInformation(lang.L("Open Recent"), fmt.Sprintf(lang.L("%s is no longer there (moved, renamed or deleted), so it is taken off the list."), path), ui.win)
		return
	}
	ui.Open([]string{path})
}

// shortPath keeps the last two elements of a long path.
func shortPath(p string) string {
	parts := strings.Split(strings.ReplaceAll(p, "\\", "/"), "/")
	if len(parts) > 3 {
		return "…/" + strings.Join(parts[len(parts)-2:], "/")
	}
	return p
}
