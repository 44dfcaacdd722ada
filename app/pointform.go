package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// pointForm is the dialog that adds or edits a service point. Its widgets
// are kept so that tests can fill them in.
type pointForm struct {
	env      *formEnv
	old      *annot.Point // nil when adding
	category *formSelect
	name     *formEntry
	status   *formSelect
	notes    *formEntry
	observed *formEntry
	recorder *formEntry
	location *formEntry
	places   *widget.Label
	photos   *photoField
	form     checkedForm
}

// showPointForm opens the form for a new point at ll (old nil) or for
// editing old.
func (ui *UI) showPointForm(old *annot.Point, ll orb.Point) *pointForm {
	ui.pointForm = newPointForm(ui.forms(), old, ll)
	return ui.pointForm
}

// newPointForm builds and opens the point form. A new point takes the
// category last saved on a point in this session; without one the form
// asks, and Save waits for the choice.
func newPointForm(env *formEnv, old *annot.Point, ll orb.Point) *pointForm {
	f := &pointForm{env: env, old: old}
	p := annot.Point{Status: annot.Working, Observed: now().Format(time.DateOnly), RecordedBy: env.author(), Location: ll, Category: env.lastCategory}
	if old != nil {
		p = *old
	}
	f.photos = newPhotoField(env, p.Photos)
	f.build(p.Category)
	f.fill(p, old != nil || ll != (orb.Point{}))
	title := lang.L("New service point")
	if old != nil {
		title = lang.L("Edit service point")
	}
	f.form.show(title, env.win, fyne.NewSize(500, 660), f.submit)
	return f
}

// build makes the fields, each checked as it changes; the category
// offered are the visible ones and cat.
func (f *pointForm) build(cat string) {
	recheck := func(string) { f.form.recheck() }
	f.category = newSelect(categoryNames(f.env.categoriesWith(cat), f.env.lang()), recheck)
	f.name = newEntry(recheck)
	f.status = newSelect(labelsOf(annot.Statuses, statusLabel), recheck)
	f.notes = newNotesEntry()
	f.notes.OnChanged = recheck
	f.notes.SetMinRowsVisible(3)
	f.notes.Wrapping = fyne.TextWrapWord
	f.observed = newEntry(recheck)
	f.observed.SetPlaceHolder("2026-11-28")
	f.recorder = newEntry(recheck)
	f.location = newEntry(func(string) { f.showPlaces(); f.form.recheck() })
	f.location.SetPlaceHolder(lang.L("latitude, longitude"))
	f.places = widget.NewLabel("")
	f.form.add(lang.L("Category"), f.category, f.checkCategory)
	f.form.add(lang.L("Name"), f.name, func() error { return annot.NameTooLong(f.name.Text) })
	f.form.add(lang.L("Status"), f.status, nil)
	f.form.add(lang.L("Notes"), f.notes, func() error { return annot.NotesTooLong(f.notes.Text) })
	f.form.add(lang.L("Date observed"), f.observed, func() error { return validDate(f.observed.Text) })
	f.form.add(lang.L("Recorded by"), f.recorder, func() error { return annot.RecorderTooLong(f.recorder.Text) })
	f.form.add(lang.L("Location"), f.location, f.checkLocation)
	f.form.add(lang.L("Lies in"), f.places, nil)
	f.form.add(lang.L("Photos"), f.photos.content, nil)
	f.photos.changed = f.form.relayout
}

// fill shows p in the fields; the location only when there is one.
func (f *pointForm) fill(p annot.Point, located bool) {
	if name := f.env.categoryName(p.Category); name != "" {
		f.category.SetSelected(name)
	}
	f.name.SetText(p.Name)
	f.status.SetSelected(statusLabel(p.Status))
	f.notes.SetText(p.Notes)
	f.observed.SetText(p.Observed)
	f.recorder.SetText(p.RecordedBy)
	if located {
		f.location.SetText(geo.FormatLatLon(p.Location))
	}
	f.showPlaces()
}

func (f *pointForm) checkCategory() error {
	if f.category.Selected == "" {
		return errors.New(lang.L("Choose a category."))
	}
	return nil
}

func (f *pointForm) checkLocation() error {
	if _, err := geo.ParseLatLon(f.location.Text); err != nil {
		return errors.New(lang.L("Type the place as latitude, longitude (47.9185, 106.9176)."))
	}
	return nil
}

// showPlaces says which khoroo, kheseg and ger area the typed location
// lies in.
func (f *pointForm) showPlaces() {
	ll, err := geo.ParseLatLon(f.location.Text)
	if err != nil || f.env.ws.Assigner() == nil {
		f.places.SetText("")
		return
	}
	f.places.SetText(placesText(f.env.ws.Assigner().At(ll)))
}

// submit saves the point; it reports whether it was saved.
func (f *pointForm) submit() bool {
	ll, err := geo.ParseLatLon(f.location.Text)
	if err != nil || !f.form.recheck() {
		return false
	}
	p := annot.Point{}
	if f.old != nil {
		p = *f.old
	} else {
		p.Meta = annot.NewMeta(f.env.author(), now())
	}
	p.Category = f.env.categoryID(f.category.Selected)
	p.Name = strings.TrimSpace(f.name.Text)
	p.Status = valueOf(annot.Statuses, statusLabel, f.status.Selected)
	p.Notes = strings.TrimSpace(f.notes.Text)
	p.Observed = strings.TrimSpace(f.observed.Text)
	p.RecordedBy = strings.TrimSpace(f.recorder.Text)
	p.Location = ll
	p.Photos = slices.Clone(f.photos.ids)
	if !f.photos.stored() || !f.env.edit(annot.Change{OldPoint: f.old, NewPoint: &p}) {
		return false
	}
	f.env.lastCategory = p.Category
	f.env.saved(p.ID)
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

// placesText lists the places an annotation lies in, the khoroo with its
// district ("Сүхбаатар дүүрэг, 6-р хороо"), or says it lies outside them.
func placesText(pl annot.Places) string {
	if s := placesIn(pl, words.Of(currentLang())); s != "" {
		return s
	}
	return lang.L("outside the loaded boundaries")
}

// placesIn lists the places pl names in l: the khoroo with its district,
// the kheseg and the ger area; "" when it names none.
func placesIn(pl annot.Places, l words.Lang) string {
	var parts []string
	for _, s := range []string{pl.KhorooText(l), pl.Kheseg, pl.GerArea} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}
