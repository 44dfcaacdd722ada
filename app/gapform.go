package app

import (
	"errors"
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

// gapForm is the dialog that adds or edits a gap, at a point or over an
// area. Its widgets are kept so that tests can fill them in.
type gapForm struct {
	ui       *UI
	old      *annot.Gap
	geom     orb.Geometry
	kind     *widget.Select
	service  *widget.Select
	severity *widget.Select
	status   *widget.Select
	notes    *widget.Entry
	raisedBy *widget.Entry
	raised   *widget.Entry
	dialog   *dialog.FormDialog
}

// showGapForm opens the form for a new gap at geom (an orb.Point or an
// orb.Polygon; old nil) or for editing old.
func (ui *UI) showGapForm(old *annot.Gap, geom orb.Geometry) *gapForm {
	f := &gapForm{ui: ui, old: old, geom: geom}
	code := langCode(ui.app)
	f.kind = widget.NewSelect(labelsOf(annot.GapKinds, gapKindLabel), nil)
	f.service = widget.NewSelect(categoryNames(ui.visibleCategories(), code), nil)
	f.severity = widget.NewSelect(labelsOf(annot.Severities, severityLabel), nil)
	f.status = widget.NewSelect(labelsOf(annot.GapStatuses, gapStatusLabel), nil)
	f.notes = widget.NewMultiLineEntry()
	f.notes.SetMinRowsVisible(3)
	f.notes.Wrapping = fyne.TextWrapWord
	f.raisedBy = widget.NewEntry()
	f.raised = widget.NewEntry()
	f.raised.SetPlaceHolder("2026-11-28")
	f.raised.Validator = validDate
	g := annot.Gap{Kind: annot.MissingService, Severity: annot.Medium, Status: annot.Open, RaisedBy: ui.author(), Raised: now().Format(time.DateOnly), Geometry: geom}
	if old != nil {
		g = *old
		f.geom = g.Geometry
	}
	f.kind.OnChanged = func(string) { f.enableService() }
	f.kind.SetSelected(gapKindLabel(g.Kind))
	if c, ok := ui.ws.Annotations().Category(g.Service); ok {
		f.service.SetSelected(c.Name(code))
	}
	f.severity.SetSelected(severityLabel(g.Severity))
	f.status.SetSelected(gapStatusLabel(g.Status))
	f.notes.SetText(g.Notes)
	f.raisedBy.SetText(g.RaisedBy)
	f.raised.SetText(g.Raised)
	where := widget.NewLabel(gapWhere(f.geom))
	if ui.ws.Assigner() != nil {
		where.SetText(where.Text + "\n" + placesText(ui.ws.Assigner().Of(f.geom)))
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Kind of gap"), f.kind),
		widget.NewFormItem(lang.L("Missing service"), f.service),
		widget.NewFormItem(lang.L("Severity"), f.severity),
		widget.NewFormItem(lang.L("Status"), f.status),
		widget.NewFormItem(lang.L("Notes"), f.notes),
		widget.NewFormItem(lang.L("Raised by"), f.raisedBy),
		widget.NewFormItem(lang.L("Date raised"), f.raised),
		widget.NewFormItem(lang.L("Where"), where),
	}
	title := lang.L("New gap")
	if old != nil {
		title = lang.L("Edit gap")
	}
	f.dialog = dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if ok && !f.submit() {
			f.dialog.Show() // keep what was typed; the error says what to fix
		}
	}, ui.win)
	f.dialog.Resize(fyne.NewSize(460, 520))
	f.dialog.Show()
	ui.gapForm = f
	return f
}

// enableService offers the missing-service choice only for that kind.
func (f *gapForm) enableService() {
	if valueOf(annot.GapKinds, gapKindLabel, f.kind.Selected) == annot.MissingService {
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
	if err := validDate(f.raised.Text); err != nil {
		dialog.ShowError(err, f.ui.win)
		return false
	}
	g := annot.Gap{}
	if f.old != nil {
		g = *f.old
	} else {
		g.Meta = annot.NewMeta(f.ui.author(), now())
	}
	g.Kind = valueOf(annot.GapKinds, gapKindLabel, f.kind.Selected)
	g.Service = ""
	if g.Kind == annot.MissingService {
		if f.service.Selected == "" {
			dialog.ShowError(errors.New(lang.L("Choose which service is missing.")), f.ui.win)
			return false
		}
		g.Service = categoryID(f.ui.ws.Annotations().Categories, langCode(f.ui.app), f.service.Selected)
	}
	g.Severity = valueOf(annot.Severities, severityLabel, f.severity.Selected)
	g.Status = valueOf(annot.GapStatuses, gapStatusLabel, f.status.Selected)
	g.Notes = strings.TrimSpace(f.notes.Text)
	g.RaisedBy = strings.TrimSpace(f.raisedBy.Text)
	g.Raised = strings.TrimSpace(f.raised.Text)
	g.Geometry = f.geom
	if !f.ui.edit(annot.Change{OldGap: f.old, NewGap: &g}) {
		return false
	}
	f.ui.gapForm = nil
	f.ui.selectAnnotation(g.ID)
	return true
}
