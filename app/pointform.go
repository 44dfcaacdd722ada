package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// pointForm is the dialog that adds or edits a service point. Its widgets
// are kept so that tests can fill them in.
type pointForm struct {
	ui       *UI
	old      *annot.Point // nil when adding
	category *widget.Select
	name     *widget.Entry
	status   *widget.Select
	notes    *widget.Entry
	observed *widget.Entry
	recorder *widget.Entry
	location *widget.Entry
	places   *widget.Label
	dialog   *dialog.FormDialog
}

// showPointForm opens the form for a new point at ll (old nil) or for
// editing old.
func (ui *UI) showPointForm(old *annot.Point, ll orb.Point) *pointForm {
	f := &pointForm{ui: ui, old: old}
	code := langCode(ui.app)
	cats := ui.visibleCategories()
	f.category = widget.NewSelect(categoryNames(cats, code), nil)
	f.name = widget.NewEntry()
	f.status = widget.NewSelect(labelsOf(annot.Statuses, statusLabel), nil)
	f.notes = widget.NewMultiLineEntry()
	f.notes.SetMinRowsVisible(3)
	f.notes.Wrapping = fyne.TextWrapWord
	f.observed = widget.NewEntry()
	f.observed.SetPlaceHolder("2026-11-28")
	f.observed.Validator = validDate
	f.recorder = widget.NewEntry()
	f.location = widget.NewEntry()
	f.location.SetPlaceHolder(lang.L("latitude, longitude"))
	f.location.Validator = func(s string) error { _, err := geo.ParseLatLon(s); return err }
	f.places = widget.NewLabel("")
	f.location.OnChanged = func(s string) { f.showPlaces() }
	p := annot.Point{Status: annot.Working, Observed: now().Format(time.DateOnly), RecordedBy: ui.author(), Location: ll}
	if len(cats) > 0 {
		p.Category = cats[0].ID
	}
	if old != nil {
		p = *old
	}
	if c, ok := ui.ws.Annotations().Category(p.Category); ok {
		f.category.SetSelected(c.Name(code))
	}
	f.name.SetText(p.Name)
	f.status.SetSelected(statusLabel(p.Status))
	f.notes.SetText(p.Notes)
	f.observed.SetText(p.Observed)
	f.recorder.SetText(p.RecordedBy)
	if old != nil || ll != (orb.Point{}) {
		f.location.SetText(geo.FormatLatLon(p.Location))
	}
	f.showPlaces()
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Category"), f.category),
		widget.NewFormItem(lang.L("Name"), f.name),
		widget.NewFormItem(lang.L("Status"), f.status),
		widget.NewFormItem(lang.L("Notes"), f.notes),
		widget.NewFormItem(lang.L("Date observed"), f.observed),
		widget.NewFormItem(lang.L("Recorded by"), f.recorder),
		widget.NewFormItem(lang.L("Location"), f.location),
		widget.NewFormItem(lang.L("Lies in"), f.places),
	}
	title := lang.L("New service point")
	if old != nil {
		title = lang.L("Edit service point")
	}
	f.dialog = dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if ok && !f.submit() {
			f.dialog.Show() // keep what was typed; the error says what to fix
		}
	}, ui.win)
	f.dialog.Resize(fyne.NewSize(460, 520))
	f.dialog.Show()
	ui.pointForm = f
	return f
}

// showPlaces says which khoroo, kheseg and ger area the typed location
// lies in.
func (f *pointForm) showPlaces() {
	ll, err := geo.ParseLatLon(f.location.Text)
	if err != nil || f.ui.ws.Assigner() == nil {
		f.places.SetText("")
		return
	}
	f.places.SetText(placesText(f.ui.ws.Assigner().At(ll)))
}

// submit saves the point; it reports whether the form was valid.
func (f *pointForm) submit() bool {
	ll, err := geo.ParseLatLon(f.location.Text)
	if err != nil {
		dialog.ShowError(fmt.Errorf("%s: %w", lang.L("Location"), err), f.ui.win)
		return false
	}
	if err := validDate(f.observed.Text); err != nil {
		dialog.ShowError(err, f.ui.win)
		return false
	}
	p := annot.Point{}
	if f.old != nil {
		p = *f.old
	} else {
		p.Meta = annot.NewMeta(f.ui.author(), now())
	}
	p.Category = categoryID(f.ui.ws.Annotations().Categories, langCode(f.ui.app), f.category.Selected)
	p.Name = strings.TrimSpace(f.name.Text)
	p.Status = valueOf(annot.Statuses, statusLabel, f.status.Selected)
	p.Notes = strings.TrimSpace(f.notes.Text)
	p.Observed = strings.TrimSpace(f.observed.Text)
	p.RecordedBy = strings.TrimSpace(f.recorder.Text)
	p.Location = ll
	if !f.ui.edit(annot.Change{OldPoint: f.old, NewPoint: &p}) {
		return false
	}
	f.ui.pointForm = nil
	f.ui.selectAnnotation(p.ID)
	return true
}

// validDate accepts "" or a YYYY-MM-DD date.
func validDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	if _, err := annot.ParseDate(strings.TrimSpace(s)); err != nil {
		return fmt.Errorf("%s: %q", lang.L("Write dates as YYYY-MM-DD"), s)
	}
	return nil
}

// placesText lists the places an annotation lies in.
func placesText(pl annot.Places) string {
	var parts []string
	for _, s := range []string{pl.Khoroo, pl.Kheseg, pl.GerArea} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return lang.L("outside the loaded boundaries")
	}
	return strings.Join(parts, " · ")
}

// visibleCategories are the categories a new point can take.
func (ui *UI) visibleCategories() []annot.Category {
	if ui.ws.Annotations() == nil {
		return nil
	}
	var out []annot.Category
	for _, c := range ui.ws.Annotations().Categories {
		if !c.Hidden {
			out = append(out, c)
		}
	}
	return out
}

func categoryNames(cats []annot.Category, code string) []string {
	out := make([]string, len(cats))
	for i, c := range cats {
		out[i] = c.Name(code)
	}
	return out
}

// categoryID finds a category by its shown name; "other" when none has it.
func categoryID(cats []annot.Category, code, name string) string {
	for _, c := range cats {
		if c.Name(code) == name {
			return c.ID
		}
	}
	return annot.Other
}
