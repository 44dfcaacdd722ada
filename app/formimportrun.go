package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

// importNow remembers the mapping in the project, closes the dialog and
// imports the rows in the background, in one transaction.
func (fi *formImporter) importNow() {
	p := fi.ws.Project()
	if p == nil {
		return
	}
	tab, m, cats, author := fi.tab, fi.m, fi.cats, fi.author()
	fi.dialog.Hide()
	done := make(chan struct{})
	fi.done = done
	fi.loading(+1) // the photos beside the export are read and reduced
	fi.run(func() {
		defer close(done)
		res, s, missing, err := importForm(p, tab, m, phoneform.Options{Categories: cats, Author: author})
		fyne.Do(func() {
			fi.loading(-1)
			if err != nil {
				showError(err, fi.win)
				return
			}
			if fi.ws.Project() != p {
				return
			}
			fi.ws.Imported(s, filepath.Base(tab.Source)) // one step that Ctrl+Z undoes
			fi.changed()
			fi.status(fmt.Sprintf(lang.L("%s: %d service points added, %d updated, %d gaps"), filepath.Base(tab.Source), res.Added, res.Updated, res.Gaps.Added+res.Gaps.Updated))
			if len(missing) > 0 {
				dialog.ShowInformation(lang.L("Columns of the phone form"), fmt.Sprintf(lang.L("These photos were not found beside the file (in its folder, media/ or attachments/) and were left out: %s"), geo.ShortList(missing, 20)), fi.win)
			}
		})
	})
}

// importForm remembers m for the table's form, imports the rows with the
// photos found beside the export, and reads the annotations back; missing
// names the photo files not found.
func importForm(p *store.Project, tab *phoneform.Table, m phoneform.Mapping, opt phoneform.Options) (res store.ImportResult, s *annot.Set, missing []string, err error) {
	if err := phoneform.Remember(p, phoneform.Key(tab), m); err != nil {
		return res, nil, nil, err
	}
	phs, missing := phoneform.Photos(tab, m)
	opt.PhotoIDs = phoneform.IDs(phs)
	if opt.Project, err = p.Load(); err != nil { // rows imported before column mappings keep their points
		return res, nil, nil, err
	}
	out, err := phoneform.Apply(tab, m, opt)
	if err != nil {
		return res, nil, nil, err
	}
	if res, err = p.ImportAnnotations(out.Points, out.Gaps, out.Used(phs)); err != nil {
		return res, nil, nil, err
	}
	s, err = p.Load()
	return res, s, missing, err
}

// newFormImporter gives the phone form dialog the few things it needs.
func (ui *UI) newFormImporter() *formImporter {
	return &formImporter{win: ui.win, ws: ui.ws, author: ui.author, lang: langCode(ui.app), changed: ui.annotsChanged,
		status: ui.status.SetText, run: func(f func()) { ui.background(f) }, loading: ui.setLoading}
}

// importPhoneForm opens the column-mapping dialog when path is a phone
// form's export, and reports whether it did. Call it off the UI
// goroutine: it reads the file.
func (ui *UI) importPhoneForm(path string) bool {
	tab := phoneform.Detect(path)
	if tab == nil {
		return false
	}
	fyne.Do(func() {
		if ui.ws.Project() == nil || ui.welcome != nil { // the dialog waits for the project and the welcome
			ui.pendingForms = append(ui.pendingForms, tab)
			return
		}
		ui.showForm(tab)
	})
	return true
}

// showForm opens the column-mapping dialog of a phone form's export.
func (ui *UI) showForm(tab *phoneform.Table) {
	fi := ui.newFormImporter()
	fi.show(tab)
	if formOpened != nil {
		formOpened(fi)
	}
}

// showPendingForms opens the dialogs of the phone forms' exports that
// waited for the project and the welcome, once both are done.
func (ui *UI) showPendingForms() {
	if ui.ws.Project() == nil || ui.welcome != nil {
		return
	}
	pending := ui.pendingForms
	ui.pendingForms = nil
	for _, tab := range pending {
		ui.showForm(tab)
	}
}

// formOpened, when set (by tests), is given each column-mapping dialog
// the window opens.
var formOpened func(*formImporter)
