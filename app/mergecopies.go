package app

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/store"
)

// showMerge asks for the copies to merge into the open project.
func (ui *UI) showMerge() *mergeDialog {
	if ui.ws.Project() == nil {
		return nil
	}
	d := newMergeDialog(ui.win, ui.ws.Project().Path(), ui.pickFile, ui.pickFolder, ui.MergeAll)
	d.dialog.Show()
	return d
}

// MergeFrom merges another copy of the project into the open one.
func (ui *UI) MergeFrom(other string) { ui.MergeAll([]string{other}) }

// MergeAll merges other copies of the project into the open one in one
// step: every copy is read first, those that cannot be are left out, the
// merged file is written beside the project and replaces it in one
// rename, then the report is shown, a line per copy and the refused ones
// with their reasons. When none can be read, one dialog names them all
// and the project stays as it was.
func (ui *UI) MergeAll(others []string) {
	p := ui.ws.Project()
	if p == nil || len(others) == 0 {
		return
	}
	path := p.Path()
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".merged.gpkg")
	// every file is read whole: off the UI goroutine, behind a modal
	// dialog so that no edit is made to the file being merged meanwhile
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(lang.L("Merging…"), bar, ui.win)
	wait.Show()
	ui.background(func() {
		sum, err := store.MergeReadable(tmp, append([]string{path}, others...))
		fyne.Do(func() {
			wait.Hide()
			ui.finishMerge(p, path, tmp, sum, err)
		})
	})
}

// finishMerge puts the merged file in place of the project's and opens
// it; a failed merge leaves the project as it was, open.
func (ui *UI) finishMerge(p *store.Project, path, tmp string, sum *store.MergeSummary, err error) {
	if ui.ws.Project() != p || err != nil { // another project was opened meanwhile, or nothing merged
		os.Remove(tmp)
		if err != nil {
			showMergeError(err, ui.win)
		}
		return
	}
	p.Close()
	ui.ws.Close()
	err = os.Rename(tmp, path)
	os.Remove(tmp)
	d, rerr := readProject(path, false)
	if rerr != nil {
		showError(rerr, ui.win)
		return
	}
	ui.setProject(d)
	if err != nil {
		showError(err, ui.win)
		return
	}
	ui.showMergeReport(sum)
}
