package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
)

// mergeDialog collects the participants' copies to merge into the open
// project in one step: files picked one by one, or every project in a
// folder. It is built from the window it shows in, the open project's
// file (never merged into itself), the window's file and folder pickers
// and what Merge does.
type mergeDialog struct {
	win       fyne.Window
	project   string
	pickFiles func(exts []string, chosen func(string))
	pickDir   func(dir string, chosen func(string))
	onMerge   func(files []string)
	files     []string
	list      *widget.Label
	merge     *widget.Button
	dialog    *dialog.CustomDialog
}

func newMergeDialog(win fyne.Window, project string, pickFiles func([]string, func(string)), pickDir func(string, func(string)), onMerge func([]string)) *mergeDialog {
	d := &mergeDialog{win: win, project: project, pickFiles: pickFiles, pickDir: pickDir, onMerge: onMerge, list: widget.NewLabel("")}
	d.list.Wrapping = fyne.TextWrapWord
	d.merge = widget.NewButtonWithIcon(lang.L("Merge"), theme.ConfirmIcon(), d.run)
	d.merge.Importance = widget.HighImportance
	intro := widget.NewLabel(lang.L("Pick the participants' copies (.gpkg): one by one, or every project in a folder, such as a USB stick. They are merged into the open project in one step."))
	intro.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(
		widget.NewButtonWithIcon(lang.L("Add files…"), theme.FileIcon(), d.pickFile),
		widget.NewButtonWithIcon(lang.L("Every project in a folder…"), theme.FolderOpenIcon(), d.pickFolder),
		widget.NewButton(lang.L("Clear"), func() { d.files = nil; d.refresh() }))
	body := container.NewBorder(container.NewVBox(intro, buttons), nil, nil, nil, container.NewVScroll(d.list))
	d.dialog = dialog.NewCustom(lang.L("Merge participants' copies"), lang.L("Cancel"), body, win)
	d.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.L("Cancel"), d.dialog.Hide), d.merge})
	d.dialog.Resize(fyne.NewSize(620, 480))
	d.refresh()
	return d
}

// add takes project files in, each once, never the open project itself.
func (d *mergeDialog) add(paths ...string) {
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		if p != d.project && !slices.Contains(d.files, p) {
			d.files = append(d.files, p)
		}
	}
	d.refresh()
}

// addFolder takes in every project file of dir, in natural order of their
// names, leaving out
// hidden files (merges in progress) and the backups a reset keeps.
func (d *mergeDialog) addFolder(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var found []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && strings.EqualFold(filepath.Ext(n), ".gpkg") && !strings.HasPrefix(n, ".") && !strings.Contains(n, "-backup-") {
			found = append(found, filepath.Join(dir, n))
		}
	}
	if len(found) == 0 {
		return fmt.Errorf(lang.L("No project files (.gpkg) in %s"), dir)
	}
	slices.SortFunc(found, geo.NaturalCompare) // lap2 before lap10, as people count
	d.add(found...)
	return nil
}

// refresh lists the files chosen; Merge waits for at least one.
func (d *mergeDialog) refresh() {
	if len(d.files) == 0 {
		d.list.SetText(lang.L("No files chosen yet."))
		d.merge.Disable()
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, lang.L("%d files to merge:")+"\n", len(d.files))
	for _, f := range d.files {
		fmt.Fprintf(&b, "• %s\n", f)
	}
	d.list.SetText(b.String())
	d.merge.Enable()
}

func (d *mergeDialog) run() {
	d.dialog.Hide()
	d.onMerge(slices.Clone(d.files))
}

func (d *mergeDialog) pickFile() {
	d.pickFiles([]string{".gpkg"}, func(path string) { d.add(path) })
}

func (d *mergeDialog) pickFolder() {
	d.pickDir(d.startDir(), func(dir string) {
		if err := d.addFolder(dir); err != nil {
			showError(err, d.win)
		}
	})
}

// startDir is the folder of the last file chosen, or of the project.
func (d *mergeDialog) startDir() string {
	if len(d.files) > 0 {
		return filepath.Dir(d.files[len(d.files)-1])
	}
	return filepath.Dir(d.project)
}
