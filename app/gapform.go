package app

import (
	"errors"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// gapForm is the dialog that adds or edits a gap, at a point or over an
// area. Its widgets are kept so that tests can fill them in.
type gapForm struct {
	env      *formEnv
	old      *annot.Gap
	geom     orb.Geometry
	kind     *formSelect
	service  *formSelect
	severity *formSelect
	status   *formSelect
	notes    *formEntry
	raisedBy *formEntry
	raised   *formEntry
	where    *widget.Label
	photos   *photoField
	form     checkedForm
}

// showGapForm opens the form for a new gap at geom (an orb.Point or an
// orb.Polygon; old nil) or for editing old.
func (ui *UI) showGapForm(old *annot.Gap, geom orb.Geometry) *gapForm {
	ui.gapForm = newGapForm(ui.forms(), old, geom)
	return ui.gapForm
}

// newGapForm builds and opens the gap form.
func newGapForm(env *formEnv, old *annot.Gap, geom orb.Geometry) *gapForm {
	f := &gapForm{env: env, old: old, geom: geom}
	g := annot.Gap{Kind: annot.MissingService, Severity: annot.Medium, Status: annot.Open, RaisedBy: env.author(), Raised: now().Format(time.DateOnly), Geometry: geom}
	if old != nil {
		g = *old
		f.geom = g.Geometry
	}
	f.photos = newPhotoField(env, g.Photos)
	f.build(g.Service)
	f.fill(g)
	title := lang.L("New gap")
	if old != nil {
		title = lang.L("Edit gap")
	}
	f.form.show(title, env.win, fyne.NewSize(500, 660), f.submit)
	return f
}

// build makes the fields, each checked as it changes; the services
// offered are the visible categories and service.
func (f *gapForm) build(service string) {
	recheck := func(string) { f.form.recheck() }
	f.kind = newSelect(labelsOf(annot.GapKinds, gapKindLabel), func(string) { f.enableService(); f.form.recheck() })
	f.service = newSelect(categoryNames(f.env.categoriesWith(service), f.env.lang()), recheck)
	f.severity = newSelect(labelsOf(annot.Severities, severityLabel), recheck)
	f.status = newSelect(labelsOf(annot.GapStatuses, gapStatusLabel), recheck)
	f.notes = newNotesEntry()
	f.notes.OnChanged = recheck
	f.notes.SetMinRowsVisible(3)
	f.notes.Wrapping = fyne.TextWrapWord
	f.raisedBy = newEntry(recheck)
	f.raised = newEntry(recheck)
	f.raised.SetPlaceHolder("2026-11-28")
	f.where = widget.NewLabel(gapWhere(f.geom))
	if f.env.ws.Assigner() != nil {
		f.where.SetText(f.where.Text + "\n" + placesText(f.env.ws.Assigner().Of(f.geom)))
	}
	f.form.add(lang.L("Kind of gap"), f.kind, nil)
	f.form.add(lang.L("Missing service"), f.service, f.checkService)
	f.form.add(lang.L("Severity"), f.severity, nil)
	f.form.add(lang.L("Status"), f.status, nil)
	f.form.add(lang.L("Notes"), f.notes, func() error { return annot.NotesTooLong(f.notes.Text) })
	f.form.add(lang.L("Raised by"), f.raisedBy, func() error { return annot.RaisedByTooLong(f.raisedBy.Text) })
	f.form.add(lang.L("Date raised"), f.raised, func() error { return validDate(f.raised.Text) })
	f.form.add(lang.L("Where"), f.where, nil)
	f.form.add(lang.L("Photos"), f.photos.content, nil)
	f.photos.changed = f.form.relayout
}

// fill shows g in the fields.
func (f *gapForm) fill(g annot.Gap) {
	f.kind.SetSelected(gapKindLabel(g.Kind))
	if name := f.env.categoryName(g.Service); name != "" {
		f.service.SetSelected(name)
	}
	f.severity.SetSelected(severityLabel(g.Severity))
	f.status.SetSelected(gapStatusLabel(g.Status))
	f.notes.SetText(g.Notes)
	f.raisedBy.SetText(g.RaisedBy)
	f.raised.SetText(g.Raised)
}

// missingService tells whether the chosen kind is a missing service.
func (f *gapForm) missingService() bool {
	return valueOf(annot.GapKinds, gapKindLabel, f.kind.Selected) == annot.MissingService
}

// checkService asks which service is missing, for that kind of gap.
func (f *gapForm) checkService() error {
	if f.missingService() && f.service.Selected == "" {
		return errors.New(lang.L("Choose which service is missing."))
	}
	return nil
}

// enableService offers the missing-service choice only for that kind.
func (f *gapForm) enableService() {
	if f.missingService() {
		f.service.Enable()
	} else {
		f.service.Disable()
	}
}

// gapWhere describes a gap's geometry: a position, or an area's size.
func gapWhere(g orb.Geometry) string {
	if p, ok := g.(orb.Point); ok {
		return geo.FormatLatLon(p)
	}
	return areaText(g)
}

// submit saves the gap; it reports whether it was saved.
func (f *gapForm) submit() bool {
	if !f.form.recheck() {
		return false
	}
	g := annot.Gap{}
	if f.old != nil {
		g = *f.old
	} else {
		g.Meta = annot.NewMeta(f.env.author(), now())
	}
	g.Kind = valueOf(annot.GapKinds, gapKindLabel, f.kind.Selected)
	g.Service = ""
	if g.Kind == annot.MissingService {
		g.Service = f.env.categoryID(f.service.Selected)
	}
	g.Severity = valueOf(annot.Severities, severityLabel, f.severity.Selected)
	g.Status = valueOf(annot.GapStatuses, gapStatusLabel, f.status.Selected)
	g.Notes = strings.TrimSpace(f.notes.Text)
	g.RaisedBy = strings.TrimSpace(f.raisedBy.Text)
	g.Raised = strings.TrimSpace(f.raised.Text)
	g.Geometry = f.geom
	g.Photos = slices.Clone(f.photos.ids)
	if !f.photos.stored() || !f.env.edit(annot.Change{OldGap: f.old, NewGap: &g}) {
		return false
	}
	f.env.saved(g.ID)
	return true
}
