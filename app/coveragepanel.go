package app

import (
	"fmt"
	"image/color"
	"io"
	"runtime"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
)

// uncoveredStyle is how the out-of-reach regions are shaded.
var uncoveredStyle = render.Style{Stroke: color.NRGBA{0x6a, 0x1b, 0x9a, 0xff}, StrokeWidth: 1, Fill: color.NRGBA{0x8e, 0x24, 0xaa, 0x50}}

// coveragePanel answers "who lives too far from a service?": pick a
// category, a walking distance and the kind of area; the regions out of
// reach are shaded on the map and the areas listed worst first. A row can
// become a gap annotation with one click.
type coveragePanel struct {
	ui       *UI
	category *widget.Select
	distance *widget.Entry
	by       *widget.Select
	show     *widget.Check
	status   *widget.Label
	list     *widget.List
	makeGap  *widget.Button
	results  []coverage.Result
	chosen   int // the row selected, or -1
	catID    string
	metres   float64
	shaded   *geo.Layer // the regions drawn on the map
}

func newCoveragePanel(ui *UI) *coveragePanel {
	p := &coveragePanel{ui: ui, chosen: -1}
	p.category = widget.NewSelect(nil, func(string) { p.defaultDistance() })
	p.distance = widget.NewEntry()
	p.distance.Validator = func(s string) error {
		if v, err := strconv.ParseFloat(s, 64); err != nil || v <= 0 {
			return fmt.Errorf("%s", lang.L("a distance in metres"))
		}
		return nil
	}
	p.by = widget.NewSelect([]string{lang.L("Khoroo"), lang.L("Kheseg"), lang.L("Ger area")}, nil)
	p.by.SetSelectedIndex(0)
	p.show = widget.NewCheck(lang.L("Shade on the map"), func(bool) { ui.sceneChanged() })
	p.show.SetChecked(true)
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.results) }, func() fyne.CanvasObject {
		name := widget.NewLabel("")
		name.Truncation = fyne.TextTruncateEllipsis
		detail := widget.NewLabel("")
		detail.Importance = widget.LowImportance
		return container.NewVBox(name, detail)
	}, p.updateRow)
	p.list.OnSelected = p.selectRow
	p.makeGap = widget.NewButton(lang.L("Make a gap of this region"), p.gapFromChosen)
	p.makeGap.Disable()
	return p
}

func (p *coveragePanel) content() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Service"), p.category),
		widget.NewFormItem(lang.L("Walking distance (m)"), p.distance),
		widget.NewFormItem(lang.L("Areas"), p.by),
	)
	run := widget.NewButton(lang.L("Find the areas out of reach"), p.compute)
	run.Importance = widget.HighImportance
	export := widget.NewButton(lang.L("Export CSV…"), p.exportCSV)
	summary := widget.NewButton(lang.L("Summary table CSV…"), p.exportSummary)
	top := container.NewVBox(form, run, p.show, p.status)
	bottom := container.NewVBox(p.makeGap, container.NewGridWithColumns(2, export, summary))
	return container.NewBorder(top, bottom, nil, nil, p.list)
}

// refresh offers the project's categories.
func (p *coveragePanel) refresh() {
	if p.ui.ws.Annotations() == nil {
		return
	}
	names := categoryNames(p.ui.visibleCategories(), langCode(p.ui.app))
	keep := p.category.Selected
	p.category.Options = names
	if keep == "" && len(names) > 0 {
		for _, c := range p.ui.visibleCategories() {
			if c.ID == "water_kiosk" {
				keep = c.Name(langCode(p.ui.app))
			}
		}
		if keep == "" {
			keep = names[0]
		}
	}
	p.category.SetSelected(keep)
	p.category.Refresh()
}

// categoryID is the chosen category's ID.
func (p *coveragePanel) categoryID() string {
	return categoryID(p.ui.ws.Annotations().Categories, langCode(p.ui.app), p.category.Selected)
}

// defaultDistance fills in the project's distance for the category, or
// the default.
func (p *coveragePanel) defaultDistance() {
	if p.ui.ws.Annotations() == nil || p.distance == nil {
		return
	}
	id := p.categoryID()
	d := coverage.DefaultDistance(id)
	if p.ui.ws.Project() != nil {
		if v, ok, _ := p.ui.ws.Project().Setting(coverage.SettingKey(id)); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 {
				d = f
			}
		}
	}
	p.distance.SetText(strconv.FormatFloat(d, 'f', -1, 64))
}

func (p *coveragePanel) role() geo.Role {
	return []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea}[max(0, indexOf(p.by.Options, p.by.Selected))]
}

func indexOf(opts []string, s string) int {
	for i, o := range opts {
		if o == s {
			return i
		}
	}
	return -1
}

// compute runs the analysis in the background and shows it; the distance
// becomes the project's for that category.
func (p *coveragePanel) compute() {
	d, err := strconv.ParseFloat(p.distance.Text, 64)
	if err != nil || d <= 0 {
		p.status.SetText(lang.L("Give the walking distance in metres."))
		return
	}
	var areas []coverage.Area
	for _, ml := range p.ui.layers.list {
		if ml.role == p.role() && !ml.hidden {
			areas = append(areas, coverage.AreasOf(ml.layer, ml.role)...)
		}
	}
	if len(areas) == 0 {
		p.status.SetText(lang.L("Load a layer of these areas first (Layers tab)."))
		return
	}
	id := p.categoryID()
	p.ui.saveSetting(coverage.SettingKey(id), strconv.FormatFloat(d, 'f', -1, 64))
	pts := coverage.WorkingPoints(p.ui.ws.Annotations(), id)
	p.status.SetText(lang.L("Working it out…"))
	p.ui.background(func() {
		res := coverage.Ranked(coverage.Compute(areas, pts, d))
		fyne.Do(func() { p.show.SetChecked(true); p.setResults(id, d, res, len(pts)) })
	})
}

// setResults shows a computed analysis.
func (p *coveragePanel) setResults(id string, d float64, res []coverage.Result, points int) {
	p.results, p.catID, p.metres, p.chosen = res, id, d, -1
	p.makeGap.Disable()
	l := &geo.Layer{Kind: geo.Polygons}
	for _, r := range res {
		if len(r.Uncovered) > 0 {
			l.Features = append(l.Features, geo.Feature{Name: fmt.Sprintf("%.0f%%", 100*r.Share), Geometry: r.Uncovered})
		}
	}
	l.ComputeBound()
	p.shaded = l
	var total, outside float64
	known := false
	for _, r := range res {
		total += r.AreaM2
		outside += r.UncoveredM2
		if r.PeopleOutside >= 0 {
			known = true
		}
	}
	text := fmt.Sprintf(lang.L("%d working points; %.0f%% of the area is beyond %g m."), points, 100*outside/max(total, 1), d)
	if known {
		text += " " + lang.L("People out of reach are estimated, assuming residents are spread evenly.")
	}
	p.status.SetText(text)
	p.list.Refresh()
	p.ui.sceneChanged()
}

// printed is the last analysis as a page shades it, or nil before one.
func (p *coveragePanel) printed() *printmap.Coverage {
	if p == nil || p.catID == "" {
		return nil
	}
	return &printmap.Coverage{Category: p.catID, Distance: p.metres, By: p.role()}
}

// layer is the shaded regions for the map, or nil.
func (p *coveragePanel) layer() *render.DrawLayer {
	if p.shaded == nil || !p.show.Checked || len(p.shaded.Features) == 0 {
		return nil
	}
	return &render.DrawLayer{Layer: p.shaded, Role: geo.RoleOther, Style: uncoveredStyle, Inert: true}
}

func (p *coveragePanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.results) {
		return
	}
	r := p.results[i]
	box := o.(*fyne.Container)
	name := r.Area.Name
	if r.Area.District != "" {
		name += " (" + r.Area.District + ")"
	}
	box.Objects[0].(*widget.Label).SetText(fmt.Sprintf("%s — %.0f%%", name, 100*r.Share))
	detail := fmt.Sprintf(lang.L("%.1f of %.1f ha out of reach; %d points inside"), r.UncoveredM2/1e4, r.AreaM2/1e4, r.Points)
	if r.PeopleOutside >= 0 {
		detail += fmt.Sprintf(lang.L("; about %.0f people"), r.PeopleOutside)
	}
	box.Objects[1].(*widget.Label).SetText(detail)
}

// selectRow zooms to an area and offers to make a gap of its region.
func (p *coveragePanel) selectRow(i widget.ListItemID) {
	if i >= len(p.results) {
		return
	}
	p.chosen = i
	p.ui.Map.FitBound(p.results[i].Area.Geometry.Bound())
	if len(p.results[i].Uncovered) > 0 {
		p.makeGap.Enable()
	} else {
		p.makeGap.Disable()
	}
}

// gapFromChosen turns the chosen area's largest uncovered region into a
// gap annotation (a missing service), saved and undoable like any edit.
func (p *coveragePanel) gapFromChosen() {
	if p.chosen < 0 || p.chosen >= len(p.results) {
		return
	}
	r := p.results[p.chosen]
	largest := largestPolygon(r.Uncovered)
	if largest == nil {
		return
	}
	sev := annot.Low
	switch {
	case r.Share > 0.5:
		sev = annot.High
	case r.Share > 0.2:
		sev = annot.Medium
	}
	c, _ := p.ui.ws.Annotations().Category(p.catID)
	g := annot.Gap{Meta: annot.NewMeta(p.ui.author(), now()), Kind: annot.MissingService, Service: p.catID, Severity: sev, Status: annot.Open,
		RaisedBy: p.ui.author(), Raised: now().Format("2006-01-02"), Geometry: largest,
		Notes: fmt.Sprintf(lang.L("Worked out: %.0f%% of %s is more than %g m from a working %s."), 100*r.Share, r.Area.Name, p.metres, c.Name(langCode(p.ui.app)))}
	if p.ui.edit(annot.Change{NewGap: &g}) {
		p.ui.selectAnnotation(g.ID)
		p.status.SetText(lang.L("The gap was added; edit it from the panel on the right."))
	}
}

func largestPolygon(mp orb.MultiPolygon) orb.Polygon {
	var best orb.Polygon
	bestA := 0.0
	for _, poly := range mp {
		if a := geo.Area(poly); a > bestA {
			best, bestA = poly, a
		}
	}
	return best
}

// exportCSV writes the ranked areas.
func (p *coveragePanel) exportCSV() {
	if len(p.results) == 0 {
		p.status.SetText(lang.L("Work out the coverage first."))
		return
	}
	res, id, d := p.results, p.catID, p.metres
	p.ui.pickSave(lang.L("coverage")+"-"+id+".csv", ".csv", func(path string) {
		if err := writeFileAtomically(path, func(w io.Writer) error { return coverage.WriteCSV(w, res, id, d, crlfFor(runtime.GOOS)) }); err != nil {
			dialog.ShowError(err, p.ui.win)
			return
		}
		p.status.SetText(lang.L("Saved as") + " " + path)
	})
}

// exportSummary writes the summary table of every category for the
// chosen kind of area.
func (p *coveragePanel) exportSummary() {
	var areas []coverage.Area
	for _, ml := range p.ui.layers.list {
		if ml.role == p.role() {
			areas = append(areas, coverage.AreasOf(ml.layer, ml.role)...)
		}
	}
	if len(areas) == 0 || p.ui.ws.Annotations() == nil {
		p.status.SetText(lang.L("Load a layer of these areas first (Layers tab)."))
		return
	}
	s := p.ui.ws.Annotations()
	distances := map[string]float64{}
	for c := range coverage.DefaultDistances {
		if _, ok := s.Category(c); ok {
			distances[c] = coverage.DefaultDistance(c)
			if v, ok, _ := p.ui.ws.Project().Setting(coverage.SettingKey(c)); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 {
					distances[c] = f
				}
			}
		}
	}
	code := langCode(p.ui.app)
	p.ui.pickSave(lang.L("summary")+".csv", ".csv", func(path string) {
		rows := coverage.Summary(areas, s, distances)
		if err := writeFileAtomically(path, func(w io.Writer) error {
			return coverage.WriteSummaryCSV(w, rows, s, distances, code, crlfFor(runtime.GOOS))
		}); err != nil {
			dialog.ShowError(err, p.ui.win)
			return
		}
		p.status.SetText(lang.L("Saved as") + " " + path)
	})
}
