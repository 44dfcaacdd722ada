package app

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// uncoveredStyle is how the out-of-reach regions are shaded.
var uncoveredStyle = render.Style{Stroke: color.NRGBA{0x6a, 0x1b, 0x9a, 0xff}, StrokeWidth: 1, Fill: color.NRGBA{0x8e, 0x24, 0xaa, 0x50}}

// coverageEnv is what the coverage panel needs from the window, and no
// more.
type coverageEnv struct {
	win        fyne.Window
	ws         *workspace.Workspace
	lang       func() string           // the window's language code
	categories func() []annot.Category // the categories offered
	// areas are the areas of a kind in the boundary layers: the shown
	// ones, or all of them with hidden set.
	areas       func(role geo.Role, hidden bool) []coverage.Area
	saveSetting func(key, value string)
	background  func(func())
	redraw      func()              // draws the map anew (the shading with it)
	showArea    func(coverage.Area) // zooms to an area and selects it
	edit        func(annot.Change) bool
	selectAnnot func(id string)
	author      func() string
	pickSave    func(name, ext string, chosen func(string))
}

// coveragePanel answers "who lives too far from a service?": pick a
// category, a walking distance and the kind of area; the regions out of
// reach are shaded on the map and the areas listed worst first. A row can
// become a gap annotation with one click. The analysis is worked out
// again when an edit, an undo or a merge changes the points it counted,
// or when boundary layers are added, removed or hidden.
type coveragePanel struct {
	env      coverageEnv
	category *widget.Select
	distance *formEntry
	by       *widget.Select
	show     *widget.Check
	status   *widget.Label
	detail   *widget.Label // the chosen row's figures
	list     *widget.List
	makeGap  *widget.Button
	results  []coverage.Result
	chosen   int // the row selected, or -1
	catID    string
	metres   float64
	byRole   geo.Role
	used     []orb.Point     // the working points counted
	areas    []coverage.Area // the areas counted
	shaded   *geo.Layer      // the regions drawn on the map
}

func newCoveragePanel(env coverageEnv) *coveragePanel {
	p := &coveragePanel{env: env, chosen: -1}
	p.category = widget.NewSelect(nil, func(string) { p.defaultDistance() })
	p.distance = newEntry(nil)
	p.distance.Validator = func(s string) error {
		if v, err := strconv.ParseFloat(s, 64); err != nil || v <= 0 {
			return fmt.Errorf("%s", lang.L("a distance in metres"))
		}
		return nil
	}
	p.by = widget.NewSelect([]string{lang.L("Khoroo"), lang.L("Kheseg"), lang.L("Ger area")}, nil)
	p.by.SetSelectedIndex(0)
	p.show = widget.NewCheck(lang.L("Shade on the map"), func(bool) { env.redraw() })
	p.show.SetChecked(true)
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.detail = widget.NewLabel("")
	p.detail.Wrapping = fyne.TextWrapWord
	p.detail.Hide()
	p.list = widget.NewList(func() int { return len(p.results) }, func() fyne.CanvasObject {
		row := widget.NewLabel("")
		row.Truncation = fyne.TextTruncateEllipsis
		return row
	}, p.updateRow)
	p.list.OnSelected = p.selectRow
	p.makeGap = widget.NewButton(lang.L("Make a gap of this region"), p.gapFromChosen)
	p.makeGap.Disable()
	p.refresh() // a window rebuilt in another language offers the categories at once
	return p
}

// content lays the panel out compactly, so the list of areas keeps room
// for at least eight rows on a 1280x800 screen.
func (p *coveragePanel) content() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Service"), p.category),
		widget.NewFormItem(lang.L("Walking distance (m)"), container.NewGridWithColumns(2, p.distance, p.by)),
	)
	run := widget.NewButton(lang.L("Find the areas out of reach"), p.compute)
	run.Importance = widget.HighImportance
	top := container.NewVBox(form, container.NewBorder(nil, nil, nil, p.csvButton(), run), p.status)
	bottom := container.NewVBox(p.detail, container.NewBorder(nil, nil, nil, p.show, p.makeGap))
	return container.NewBorder(top, bottom, nil, nil, p.list)
}

// refresh offers the project's categories, and works the analysis out
// again when the points it counted changed.
func (p *coveragePanel) refresh() {
	if p.env.ws.Annotations() == nil {
		return
	}
	code := p.env.lang()
	names := categoryNames(p.env.categories(), code)
	keep := p.category.Selected
	p.category.Options = names
	if keep == "" && len(names) > 0 {
		keep = names[0]
		for _, c := range p.env.categories() {
			if c.ID == "water_kiosk" {
				keep = c.Name(code)
			}
		}
	}
	p.category.SetSelected(keep)
	p.category.Refresh()
	if p.catID != "" && !slices.Equal(coverage.WorkingPoints(p.env.ws.Annotations(), p.catID), p.used) {
		p.run(p.catID, p.metres, p.byRole, lang.L("Worked out again after the change."))
	}
}

// categoryID is the chosen category's ID.
func (p *coveragePanel) categoryID() string {
	return categoryID(p.env.ws.Annotations().Categories, p.env.lang(), p.category.Selected)
}

// defaultDistance fills in the project's distance for the category, or
// the default.
func (p *coveragePanel) defaultDistance() {
	if p.env.ws.Annotations() == nil || p.distance == nil {
		return
	}
	id := p.categoryID()
	d := coverage.DefaultDistance(id)
	if p.env.ws.Project() != nil {
		d = coverage.Distance(p.env.ws.Project(), id)
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

// compute runs the analysis chosen; the distance becomes the project's
// for that category.
func (p *coveragePanel) compute() {
	d, err := strconv.ParseFloat(p.distance.Text, 64)
	if err != nil || d <= 0 {
		p.status.SetText(lang.L("Give the walking distance in metres."))
		return
	}
	id := p.categoryID()
	if p.run(id, d, p.role(), "") {
		p.env.saveSetting(coverage.SettingKey(id), strconv.FormatFloat(d, 'f', -1, 64))
	}
}

// run works the analysis out in the background and shows it, the note
// before its sentence; false when there are no areas of the kind.
func (p *coveragePanel) run(id string, d float64, role geo.Role, note string) bool {
	areas := p.env.areas(role, false)
	if len(areas) == 0 {
		p.status.SetText(lang.L("Load a layer of these areas first (Layers tab)."))
		return false
	}
	pts := coverage.WorkingPoints(p.env.ws.Annotations(), id)
	p.catID, p.metres, p.byRole, p.used, p.areas = id, d, role, pts, areas // asked for: a second edit meanwhile does not ask again
	p.status.SetText(lang.L("Working it out…"))
	p.env.background(func() {
		res := coverage.Ranked(coverage.Compute(areas, pts, d))
		fyne.Do(func() { p.show.SetChecked(true); p.setResults(id, d, res, len(pts), note) })
	})
	return true
}

// printed is the last analysis as a page shades it, or nil before one.
func (p *coveragePanel) printed() *printmap.Coverage {
	if p == nil || p.catID == "" {
		return nil
	}
	return &printmap.Coverage{Category: p.catID, Distance: p.metres, By: p.byRole}
}

// layer is the shaded regions for the map, or nil.
func (p *coveragePanel) layer() *render.DrawLayer {
	if p.shaded == nil || !p.show.Checked || len(p.shaded.Features) == 0 {
		return nil
	}
	return &render.DrawLayer{Layer: p.shaded, Role: geo.RoleOther, Style: uncoveredStyle, Inert: true}
}
