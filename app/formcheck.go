package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// checkedForm is a dialog of labelled fields whose problems show inside
// it, in red under the field concerned, as they are typed or chosen; its
// Save button is enabled only while no field has a problem. Not safe for
// concurrent use: build and drive it on the UI goroutine.
type checkedForm struct {
	items  []*widget.FormItem
	fields []checkedField
	form   *widget.Form
	save   *widget.Button
	cancel *widget.Button
	dialog *dialog.CustomDialog
	submit func() bool // saves; true when saved
}

// checkedField is one field's check and where its problem is shown.
type checkedField struct {
	check   func() error
	problem *widget.Label
	box     *fyne.Container // the field above its problem
}

// add appends a field labelled label; check (nil for none) says what is
// wrong with its value, nil when nothing is.
func (f *checkedForm) add(label string, w fyne.CanvasObject, check func() error) {
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	if e, ok := w.(*formEntry); ok && !e.MultiLine {
		e.OnSubmitted = func(string) { f.trySave() } // Enter saves a valid form
	}
	box := container.NewVBox(w, problem)
	f.fields = append(f.fields, checkedField{check: check, problem: problem, box: box})
	f.items = append(f.items, widget.NewFormItem(label, box))
}

// recheck shows each field's problem, or hides it, and enables Save only
// when there is none; it reports whether the form is valid.
func (f *checkedForm) recheck() bool {
	valid := true
	for _, fd := range f.fields {
		var err error
		if fd.check != nil {
			err = fd.check()
		}
		valid = valid && err == nil
		fd.show(err)
	}
	if f.form != nil {
		f.form.Refresh() // rows grow and shrink with their problems
	}
	if f.save != nil {
		if valid {
			f.save.Enable()
		} else {
			f.save.Disable()
		}
	}
	return valid
}

// show shows err under the field, or hides the place when err is nil.
func (fd checkedField) show(err error) {
	text := ""
	if err != nil {
		text = errorText(err)
	}
	if text == fd.problem.Text && fd.problem.Visible() == (err != nil) {
		return
	}
	fd.problem.SetText(text)
	fd.problem.Hidden = err == nil
	fd.box.Refresh()
}

// trySave saves a valid form and closes it once saved.
func (f *checkedForm) trySave() {
	if f.submit != nil && f.recheck() && f.submit() {
		f.dialog.Hide()
	}
}

// relayout fits the rows again after a field grew or shrank.
func (f *checkedForm) relayout() {
	if f.form != nil {
		f.form.Refresh()
	}
}

// show opens the form as a dialog over win. Save calls submit, which
// closes the form when it reports true; when it reports false (the
// project refused the change and said why) the form stays open as typed.
func (f *checkedForm) show(title string, win fyne.Window, size fyne.Size, submit func() bool) {
	f.submit = submit
	f.save = widget.NewButtonWithIcon(lang.L("Save"), theme.ConfirmIcon(), f.trySave)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { f.dialog.Hide() })
	f.form = widget.NewForm(f.items...)
	f.dialog = dialog.NewCustomWithoutButtons(title, container.NewVScroll(f.form), win)
	f.dialog.SetButtons([]fyne.CanvasObject{f.cancel, f.save})
	f.recheck()
	f.dialog.Resize(size)
	f.dialog.Show()
}
