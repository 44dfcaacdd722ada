package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// formImporter brings a phone form's export (ODK Central, KoBoToolbox)
// into the open project through a column-mapping dialog: a select per
// field listing the file's columns, the category codes the file uses, a
// live preview with counts, Import and Cancel. It opens with the mapping
// remembered in the project for the form, else the guess, and remembers
// the mapping on Import. It is built from the window, the workspace and
// callbacks, and used from the UI goroutine.
type formImporter struct {
	win     fyne.Window
	ws      *workspace.Workspace
	author  func() string
	lang    string
	changed func()         // the annotations were replaced: redraw, list anew
	status  func(string)   // a line for the status bar
	run     func(f func()) // runs f off the UI goroutine
	loading func(int)      // +1 shows the window's progress bar, -1 ends it

	tab  *phoneform.Table
	m    phoneform.Mapping
	cats []annot.Category

	// widgets kept for tests
	selects    map[phoneform.Field]*formSelect
	photos     *widget.CheckGroup     // the columns that may name photos
	codes      map[string]*formSelect // the category column's values
	codeBox    *fyne.Container
	rows       *fyne.Container // the preview's first rows
	counts     *widget.Label
	problems   *widget.Label
	origin     *widget.Label // remembered or guessed
	importBtn  *widget.Button
	dialog     *dialog.CustomDialog
	done       chan struct{} // closed when an import has finished
	refreshing bool          // selects are being set by the program
}

// show opens the dialog for a table read from a phone form's export.
func (fi *formImporter) show(tab *phoneform.Table) {
	s, p := fi.ws.Annotations(), fi.ws.Project()
	if s == nil || p == nil {
		return
	}
	fi.tab, fi.cats = tab, s.Categories
	m, remembered, err := phoneform.Start(p, tab)
	fi.m = m.Fit(tab, fi.cats)
	fi.origin = widget.NewLabel(originWords(p, tab, remembered))
	fi.origin.Importance = widget.LowImportance
	fi.build()
	fi.dialog.Show()
	if err != nil {
		showError(err, fi.win)
	}
}

// build makes the dialog's widgets and fills them from fi.m.
func (fi *formImporter) build() {
	fi.selects = map[phoneform.Field]*formSelect{}
	form := widget.NewForm()
	for _, f := range phoneform.Fields {
		if f == phoneform.Photo { // several columns may name photos
			form.Append(lang.L(f.String()), fi.photoChecks())
			continue
		}
		sel := newChoice(append([]string{lang.L("(none)")}, fi.tab.Header...), nil)
		sel.OnChanged = func(string) { fi.picked(f) }
		fi.selects[f] = sel
		form.Append(lang.L(f.String()), sel)
	}
	fi.codeBox = container.NewVBox()
	fi.rows = container.NewVBox()
	fi.counts, fi.problems = widget.NewLabel(""), widget.NewLabel("")
	fi.counts.Wrapping, fi.problems.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	fi.problems.Importance = widget.DangerImportance
	codes := container.NewVScroll(container.NewVBox(bold(lang.L("Category codes in the file")), fi.codeBox))
	preview := container.NewBorder(container.NewVBox(bold(lang.L("Preview")), fi.counts, fi.problems), nil, nil, nil, container.NewVScroll(fi.rows))
	right := container.NewVSplit(codes, preview)
	split := container.NewHSplit(container.NewVScroll(container.NewVBox(fi.origin, form)), right)
	split.Offset = 0.52
	fi.importBtn = widget.NewButtonWithIcon(lang.L("Import"), theme.ConfirmIcon(), fi.importNow)
	fi.importBtn.Importance = widget.HighImportance
	fi.dialog = dialog.NewCustomWithoutButtons(lang.L("Columns of the phone form"), split, fi.win)
	fi.dialog.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), fi.dialog.Hide), fi.importBtn})
	fi.dialog.Resize(fyne.NewSize(1000, 640))
	fi.fill()
}

// fill sets every select from fi.m, then the codes and the preview.
func (fi *formImporter) fill() {
	fi.refreshing = true
	for f, sel := range fi.selects {
		if c := fi.m.Column(f); c != "" {
			sel.SetSelected(c)
		} else {
			sel.SetSelectedIndex(0)
		}
	}
	fi.fillPhotos()
	fi.refreshing = false
	fi.fillCodes()
	fi.refresh()
}

// picked takes a select's new column into the mapping.
func (fi *formImporter) picked(f phoneform.Field) {
	if fi.refreshing {
		return
	}
	c := fi.selects[f].Selected
	if fi.selects[f].SelectedIndex() <= 0 {
		c = ""
	}
	fi.m.SetColumn(f, c)
	if f == phoneform.Category {
		fi.m.Codes = nil
		fi.fillCodes()
	}
	fi.refresh()
}

func bold(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
