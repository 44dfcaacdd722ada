package app

import (
	"io"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/store"
)

// pickSave shows a Save dialog proposing name, starting in the project's
// folder; the path chosen gets ext when it has no extension.
func (ui *UI) pickSave(name, ext string, chosen func(string)) {
	ui.picker = newSavePicker(ext, ui.saveDir(), name, chosen)
	ui.picker.show(ui.win)
}

// saveDir is the folder a Save dialog starts in: the project's.
func (ui *UI) saveDir() string {
	if ui.ws.Project() != nil {
		return filepath.Dir(ui.ws.Project().Path())
	}
	return documentsDir()
}

// showNewProject creates an empty project (with the default categories)
// and opens it.
func (ui *UI) showNewProject() {
	ui.pickSave(lang.L("my khoroo")+".gpkg", ".gpkg", func(path string) {
		if err := store.Create(path); err != nil {
			showError(err, ui.win)
			return
		}
		ui.OpenProject(path)
	})
}

// showOpenProject opens another project file.
func (ui *UI) showOpenProject() {
	ui.pickFile([]string{".gpkg"}, func(path string) { ui.Open([]string{path}) })
}

// showSaveAs copies the project to a new file and carries on there.
func (ui *UI) showSaveAs() {
	if ui.ws.Project() == nil {
		return
	}
	ui.pickSave(filepath.Base(ui.ws.Project().Path()), ".gpkg", func(path string) {
		if err := ui.ws.Project().SaveAs(path); err != nil {
			showError(err, ui.win)
			return
		}
		ui.prefs().SetString(prefProject, path)
		ui.remember(path)
		ui.updateTitle()
		ui.status.SetText(lang.L("Saved as") + " " + path)
	})
}

// showImportPoints turns a point file (GeoJSON, osmtogeojson output, CSV
// or KML) into editable service points of the project.
func (ui *UI) showImportPoints() {
	ui.pickFile(importExtensions, ui.ImportPoints)
}

// ImportPoints imports the points of a file as service points (and an
// export's gaps as gaps), in the background, as `khoroomap import -as
// points` does. Safe to call from any goroutine.
func (ui *UI) ImportPoints(path string) {
	pts := geo.RolePoints
	ui.newFileImport(path, &pts).start()
}

// exportFormats are the annotation export formats, named for the people
// who open them.
func exportFormats() []saveFormat {
	label := map[exchange.Format]string{
		exchange.GeoJSON:      lang.L("GeoJSON"),
		exchange.CSV:          lang.L("CSV, for a spreadsheet"),
		exchange.KML:          lang.L("KML"),
		exchange.KMZ:          lang.L("KMZ with the photos, for Google Earth"),
		exchange.ShapefileZip: lang.L("Shapefile zip with the photos, for QGIS or ArcMap"),
	}
	var out []saveFormat
	for _, f := range exchange.Formats {
		out = append(out, saveFormat{label[f] + " (" + f.Ext() + ")", f.Ext()})
	}
	return out
}

// exportFormatOf is the extension of the export format a file name's
// extension names, as `khoroomap export -o` tells it (exchange.FormatOf:
// ".json" is GeoJSON's, ".geojson"), or "" for none.
func exportFormatOf(name string) string {
	f, err := exchange.FormatOf(name)
	if err != nil || filepath.Ext(name) == "" {
		return ""
	}
	return f.Ext()
}

// showExportAnnotations writes the service points and gaps in the format
// chosen in the Save dialog (the file name's extension follows it): GeoJSON,
// CSV, KML, or, with the photos, KMZ or a Shapefile zip.
func (ui *UI) showExportAnnotations() {
	if ui.ws.Annotations() == nil {
		return
	}
	ui.picker = newSaveFormatPicker(exportFormats(), exportFormatOf, ui.saveDir(), lang.L("annotations"), func(path string) {
		ui.setLoading(+1)
		set, p := ui.ws.Snapshot(), ui.ws.Project()
		ui.background(func() {
			err := exportAnnotations(path, set, p, langCode(ui.app))
			fyne.Do(func() {
				ui.setLoading(-1)
				if err != nil {
					showError(err, ui.win)
					return
				}
				ui.status.SetText(lang.L("Exported") + " " + path)
			})
		})
	})
	ui.picker.show(ui.win)
}

// exportAnnotations writes set to path in the format its extension names,
// whole or not at all, with the photos of project p (nil: none).
func exportAnnotations(path string, set *annot.Set, p *store.Project, language string) error {
	format, err := exchange.FormatOf(path)
	if err != nil {
		return err
	}
	opt := exchange.WriteOptions{Lang: language, CRLF: crlfFor(runtime.GOOS)}
	if p != nil {
		opt.Photos = func(id string) ([]byte, error) {
			ph, err := p.Photo(id)
			return ph.Data, err
		}
	}
	return writeFileAtomically(path, func(w io.Writer) error { return exchange.Write(w, set, format, opt) })
}
