package app

import (
	"fmt"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// newFileImport gives the import of the file at path with the role as
// (nil: Add layer…) the few things it needs of the window.
func (ui *UI) newFileImport(path string, as *geo.Role) *fileImport {
	return &fileImport{path: path, as: as, win: ui.win, ws: ui.ws, author: ui.author,
		run: func(f func()) { ui.background(f) }, loading: ui.setLoading, form: ui.importPhoneForm,
		wait: func(fi *fileImport) { ui.pendingFiles = append(ui.pendingFiles, fi) }, done: ui.showImported}
}

// showImported shows what an import did (see takeImported) and, for a
// file of several layers, what became of each.
func (ui *UI) showImported(r imported) {
	ui.takeImported(r)
	if len(r.parts) > 1 {
		showLayerLines(ui.win, ui.status.Text, linesOf(r.parts, words.Of(langCode(ui.app))))
	}
}

// takeImported shows the annotations an import changed, the layers it
// added, and a status line saying what it did. Add layer… remembers the
// file and shows where it lies.
func (ui *UI) takeImported(r imported) {
	if r.set != nil {
		ui.ws.Imported(r.set, filepath.Base(r.path)) // one step that Ctrl+Z undoes
	}
	for _, l := range r.res.NewLayers {
		ui.showNewLayer(l.Layer, l.Role, l.Table)
	}
	ui.annotsChanged()
	if r.as == nil {
		ui.remember(r.path)
		if !r.bound.IsZero() {
			ui.Map.FitBound(r.bound)
		}
	}
	ui.status.SetText(importSummary(r, words.Of(langCode(ui.app))))
}

// importSummary says in one line what an import did: how many service
// points and gaps it added and updated when it took any part of the file
// as annotations, else what became of the file's one layer.
func importSummary(r imported, l words.Lang) string {
	name := filepath.Base(r.path)
	if r.as == nil && !slices.ContainsFunc(r.parts, annotationPart) {
		if len(r.parts) == 1 {
			return r.parts[0].Line(l)
		}
		return name
	}
	msg := fmt.Sprintf(lang.L("%s: %d service points added, %d updated"), name, r.res.Added, r.res.Updated)
	if g := r.res.Gaps; g.Added+g.Updated > 0 {
		msg += "; " + fmt.Sprintf(lang.L("%d gaps added, %d updated"), g.Added, g.Updated)
	}
	return msg
}
