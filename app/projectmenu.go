package app

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
)

// pickSave shows a Save dialog proposing name, starting in the project's
// folder; the path chosen gets ext when it has no extension.
func (ui *UI) pickSave(name, ext string, chosen func(string)) {
	dir := documentsDir()
	if ui.ws.Project() != nil {
		dir = filepath.Dir(ui.ws.Project().Path())
	}
	ui.picker = newSavePicker(ext, dir, name, chosen)
	ui.picker.show(ui.win)
}

// showNewProject creates an empty project (with the default categories)
// and opens it.
func (ui *UI) showNewProject() {
	ui.pickSave(lang.L("my khoroo")+".gpkg", ".gpkg", func(path string) {
		if err := store.Create(path); err != nil {
			dialog.ShowError(err, ui.win)
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
			dialog.ShowError(err, ui.win)
			return
		}
		ui.app.Preferences().SetString(prefProject, path)
		ui.updateTitle()
		ui.status.SetText(lang.L("Saved as") + " " + path)
	})
}

// showImportPoints turns a point file (GeoJSON, osmtogeojson output, CSV
// or KML) into editable service points of the project.
func (ui *UI) showImportPoints() {
	ui.pickFile(fileExtensions, ui.ImportPoints)
}

// ImportPoints imports the points of a file as service points, in the
// background. Safe to call from any goroutine.
func (ui *UI) ImportPoints(path string) {
	p := ui.ws.Project()
	if p == nil {
		return
	}
	author := ui.author()
	fyne.Do(func() { ui.setLoading(+1) })
	ui.background(func() {
		l, err := load.File(path, load.Options{Points: true})
		var res store.ImportResult
		var s *annot.Set
		if err == nil {
			pts := geo.RolePoints
			if res, err = p.Import([]*geo.Layer{l}, &pts, author); err == nil {
				s, err = p.Load()
			}
		}
		fyne.Do(func() {
			ui.setLoading(-1)
			if err != nil {
				dialog.ShowError(err, ui.win)
				return
			}
			if ui.ws.Project() != p {
				return
			}
			ui.ws.Replace(s) // the import itself is not undone edit by edit
			ui.annotsChanged()
			ui.status.SetText(fmt.Sprintf(lang.L("%s: %d service points added, %d updated"), filepath.Base(path), res.Added, res.Updated))
		})
	})
}

// showExportAnnotations writes the service points and gaps as GeoJSON,
// CSV or KML, chosen by the file name's extension.
func (ui *UI) showExportAnnotations() {
	if ui.ws.Annotations() == nil {
		return
	}
	ui.pickSave(lang.L("annotations")+".geojson", ".geojson", func(path string) {
		if err := ui.exportAnnotations(path); err != nil {
			dialog.ShowError(err, ui.win)
			return
		}
		ui.status.SetText(lang.L("Exported") + " " + path)
	})
}

// exportAnnotations writes the annotations to path, whole or not at all.
func (ui *UI) exportAnnotations(path string) error {
	format, err := exchange.FormatOf(path)
	if err != nil {
		return err
	}
	opt := exchange.WriteOptions{Lang: langCode(ui.app), CRLF: crlfFor(runtime.GOOS)}
	set := ui.ws.Snapshot() // a snapshot, in case this runs off the UI goroutine
	return writeFileAtomically(path, func(w io.Writer) error { return exchange.Write(w, set, format, opt) })
}

// showMerge merges another leader's project file into this one.
func (ui *UI) showMerge() {
	ui.pickFile([]string{".gpkg"}, ui.MergeFrom)
}

// MergeFrom merges another copy of the project into the open one: the
// merged file is written beside it and replaces it in one rename, then
// the report is shown.
func (ui *UI) MergeFrom(other string) {
	p := ui.ws.Project()
	if p == nil {
		return
	}
	path := p.Path()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".merged.gpkg")
	// both files are read whole: off the UI goroutine, behind a modal
	// dialog so that no edit is made to the file being merged meanwhile
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(lang.L("Merging…"), bar, ui.win)
	wait.Show()
	ui.background(func() {
		rep, err := store.Merge(tmp, []string{path, other})
		fyne.Do(func() {
			wait.Hide()
			ui.finishMerge(p, path, tmp, other, rep, err)
		})
	})
}

// finishMerge puts the merged file in place of the project's and opens
// it; a failed merge leaves the project as it was.
func (ui *UI) finishMerge(p *store.Project, path, tmp, other string, rep *annot.MergeReport, err error) {
	if ui.ws.Project() != p { // another project was opened meanwhile
		os.Remove(tmp)
		return
	}
	if err == nil {
		p.Close()
		ui.ws.Close()
		err = os.Rename(tmp, path)
	}
	os.Remove(tmp)
	if err != nil {
		dialog.ShowError(err, ui.win)
	}
	d, rerr := readProject(path, false)
	if rerr != nil {
		dialog.ShowError(rerr, ui.win)
		return
	}
	ui.setProject(d)
	if err == nil {
		ui.showMergeReport(filepath.Base(other), rep)
	}
}

// mergeNote says, in the window's language, who changed an updated
// annotation; geo/annot's own note is English.
func mergeNote(e annot.MergeEntry, updated bool) string {
	if updated {
		if e.Author == "" {
			return ""
		}
		return fmt.Sprintf(lang.L("changed by %s"), e.Author)
	}
	return e.Note
}

// showMergeReport lists what a merge did, translated.
func (ui *UI) showMergeReport(other string, r *annot.MergeReport) {
	var b strings.Builder
	section := func(title string, es []annot.MergeEntry, updated bool) {
		fmt.Fprintf(&b, "%s: %d\n", title, len(es))
		for _, e := range es {
			fmt.Fprintf(&b, "  • %s", e.Label)
			if note := mergeNote(e, updated); note != "" {
				fmt.Fprintf(&b, " — %s", note)
			}
			b.WriteByte('\n')
		}
	}
	section(lang.L("Added"), r.Added, false)
	section(lang.L("Updated"), r.Updated, true)
	section(lang.L("Deleted"), r.Deleted, false)
	section(lang.L("Conflicts kept for review"), r.Conflicts, false)
	section(lang.L("Likely duplicates flagged for review"), r.Duplicates, false)
	text := widget.NewMultiLineEntry()
	text.SetText(b.String())
	text.Wrapping = fyne.TextWrapWord
	hint := widget.NewLabel(lang.L("Tick “Needs review” in the Annotations list to see what was flagged."))
	hint.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Merged")+" "+other, lang.L("Close"), container.NewBorder(nil, hint, nil, nil, text), ui.win)
	d.Resize(fyne.NewSize(560, 440))
	d.Show()
}
