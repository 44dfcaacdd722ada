package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// infoPanel shows the selected feature (its name, area and properties) or
// annotation (its attributes, with Edit and Delete, and the decisions to
// take when it is marked for review).
type infoPanel struct {
	title  *widget.Label
	review *fyne.Container
	area   *widget.Label
	props  *widget.Form
	edit   *widget.Button
	delete *widget.Button
	zoom   *widget.Button
	box    *fyne.Container
}

func newInfoPanel() *infoPanel {
	p := &infoPanel{
		title:  widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		review: container.NewVBox(),
		area:   widget.NewLabel(""),
		props:  widget.NewForm(),
		edit:   widget.NewButtonWithIcon(lang.L("Edit…"), theme.DocumentCreateIcon(), nil),
		delete: widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), nil),
		zoom:   widget.NewButtonWithIcon("", theme.ZoomFitIcon(), nil),
	}
	p.title.Wrapping = fyne.TextWrapWord
	p.area.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(p.edit, p.delete, p.zoom)
	p.box = container.NewVBox(p.title, p.area, buttons, p.review, p.props) // props last: clear replaces it
	p.show(nil, nil)
	return p
}

func (p *infoPanel) content() fyne.CanvasObject {
	return container.NewVScroll(p.box)
}

func (p *infoPanel) buttons(on bool) {
	for _, b := range []*widget.Button{p.edit, p.delete, p.zoom} {
		if on {
			b.Show()
		} else {
			b.Hide()
		}
	}
}

// show fills the panel with a feature, or a hint when f is nil.
func (p *infoPanel) show(l *geo.Layer, f *geo.Feature) {
	p.clear()
	p.buttons(false)
	if f == nil {
		p.title.SetText(lang.L("Nothing selected"))
		p.area.SetText(lang.L("Click an area or a point on the map to see its details."))
		p.props.Refresh()
		return
	}
	p.title.SetText(geo.Shorten(f.Name, annot.MaxName))
	p.area.SetText(areaText(f.Geometry) + "\n" + layerTitle(l))
	for _, kv := range f.Props {
		p.row(kv.Key, geo.FormatValue(kv.Value))
	}
	p.props.Refresh()
}

// clear starts a fresh property list (a Form keeps its rows' widgets, so
// emptying Items is not enough).
func (p *infoPanel) clear() {
	p.review.Objects = nil
	p.review.Refresh()
	p.props = widget.NewForm()
	p.box.Objects[len(p.box.Objects)-1] = p.props
	p.box.Refresh()
}

// row adds a property to the panel, cut to what an annotation's notes may
// hold (a boundary file's property may hold 1 MiB, which would take the
// window's thread seconds to lay out).
func (p *infoPanel) row(key, value string) {
	if value == "" {
		return
	}
	v := widget.NewLabel(geo.Shorten(value, annot.MaxNotes))
	v.Wrapping = fyne.TextWrapWord
	p.props.Append(geo.Shorten(key, geo.MessageChars), v)
}

// showAnnotation fills the panel with a service point or gap.
func (ui *UI) showAnnotation(id string) {
	p := ui.info
	p.clear()
	code := langCode(ui.app)
	if pt, ok := ui.ws.Annotations().Point(id); ok {
		c, _ := ui.ws.Annotations().Category(pt.Category)
		p.title.SetText(mapstyle.PointName(c, &pt, code))
		p.area.SetText(c.Name(code) + " · " + statusLabel(pt.Status))
		p.row(lang.L("Lies in"), placesText(pt.Places))
		p.row(lang.L("Notes"), pt.Notes)
		p.row(lang.L("Date observed"), pt.Observed)
		p.row(lang.L("Recorded by"), pt.RecordedBy)
		p.row(lang.L("Location"), geo.FormatLatLon(pt.Location))
		p.meta(pt.Meta)
		p.setReview(reviewBox(ui.ws.Annotations(), id, code, func(c annot.Change) { ui.decide(id, c) }))
		ui.addPhotoRow(pt.Photos)
		p.edit.OnTapped = func() { ui.showPointForm(&pt, pt.Location) }
		p.delete.OnTapped = func() { ui.confirmDelete(annot.Change{OldPoint: &pt}, mapstyle.PointName(c, &pt, code)) }
		p.zoom.OnTapped = func() { ui.zoomTo(pt.Location) }
	} else if g, ok := ui.ws.Annotations().Gap(id); ok {
		p.title.SetText(mapstyle.GapName(ui.ws.Annotations(), &g, code))
		p.area.SetText(severityLabel(g.Severity) + " · " + gapStatusLabel(g.Status) + "\n" + gapWhere(g.Geometry))
		p.row(lang.L("Lies in"), placesText(g.Places))
		p.row(lang.L("Notes"), g.Notes)
		p.row(lang.L("Raised by"), g.RaisedBy)
		p.row(lang.L("Date raised"), g.Raised)
		if g.IsArea() {
			p.row(lang.L("Shape"), lang.L("Drag the corners on the map to change the outline; drag a dot between corners to add one."))
		}
		p.meta(g.Meta)
		p.setReview(reviewBox(ui.ws.Annotations(), id, code, func(c annot.Change) { ui.decide(id, c) }))
		ui.addPhotoRow(g.Photos)
		p.edit.OnTapped = func() { ui.showGapForm(&g, g.Geometry) }
		p.delete.OnTapped = func() { ui.confirmDelete(annot.Change{OldGap: &g}, mapstyle.GapName(ui.ws.Annotations(), &g, code)) }
		p.zoom.OnTapped = func() { ui.zoomTo(g.Geometry) }
	} else {
		p.show(nil, nil)
		return
	}
	p.buttons(true)
	p.props.Refresh()
}

// setReview shows the reason for review and its decisions.
func (p *infoPanel) setReview(objs []fyne.CanvasObject) {
	p.review.Objects = objs
	p.review.Refresh()
}

// meta lists who made an annotation and when.
func (p *infoPanel) meta(m annot.Meta) {
	p.row(lang.L("Last changed"), fmt.Sprintf("%s %s", m.Modified.Local().Format("2006-01-02 15:04"), m.Author))
	p.row(lang.L("Created"), m.Created.Local().Format("2006-01-02 15:04"))
}

// confirmDelete asks before deleting an annotation; the deletion can be
// undone.
func (ui *UI) confirmDelete(c annot.Change, name string) {
	dialog.ShowConfirm(lang.L("Delete"), fmt.Sprintf(lang.L("Delete “%s”? You can undo this with Ctrl+Z."), name), func(ok bool) {
		if ok {
			ui.edit(c)
		}
	}, ui.win)
}

// decide makes a review decision on annotation id as one edit (Ctrl+Z
// undoes it); when id itself went (merged into the one it duplicates, or
// the other version kept), the annotation that stays is shown.
func (ui *UI) decide(id string, c annot.Change) {
	if !ui.edit(c) {
		return
	}
	ui.status.SetText(lang.L("Reviewed. Ctrl+Z undoes it."))
	if _, ok := metaOf(ui.ws.Annotations(), id); !ok {
		if keep := survivor(c); keep != "" {
			ui.selectAnnotation(keep)
		}
	}
}

// survivor is the first annotation a change keeps or makes, or "".
func survivor(c annot.Change) string {
	for _, st := range append([]annot.Change{c}, c.Steps...) {
		if st.NewPoint != nil {
			return st.NewPoint.ID
		}
		if st.NewGap != nil {
			return st.NewGap.ID
		}
	}
	return ""
}

// zoomTo shows a place: a point close up, an area whole.
func (ui *UI) zoomTo(g orb.Geometry) {
	if p, ok := g.(orb.Point); ok {
		ui.Map.SetView(p, max(ui.Map.View().Zoom, 16))
		return
	}
	ui.Map.FitBound(g.Bound())
}

// areaText gives a polygon's area in hectares (on the sphere, not in
// degrees) or a point's coordinates.
func areaText(g orb.Geometry) string {
	if pt, ok := g.(orb.Point); ok {
		return formatLonLat(pt)
	}
	ha := geo.Area(g) / 10000
	return lang.L("Area") + ": " + hectaresText(ha)
}
