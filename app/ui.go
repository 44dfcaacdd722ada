// Package app is Khoroo Map's user interface, built with Fyne: the main
// window, the map widget, panels and dialogs. It asks geo for every answer
// about geography and never parses or draws geodata itself.
package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// AppID is the application's unique ID; it also names the folder of its
// settings.
const AppID = "mn.khoroomap.app"

// UI is the main window and everything in it. Its methods must be called
// on the Fyne UI goroutine unless they say otherwise.
type UI struct {
	app fyne.App
	win fyne.Window

	Map      *MapView
	layers   *layerSet
	panel    *layerPanel
	info     *infoPanel
	list     *annotList
	cats     *categoryPanel
	cover    *coveragePanel
	base     *basemapPanel
	streets  *streetsPanel
	sheets   *sheetsPanel
	search   *widget.Entry
	status   *widget.Label
	hint     *widget.Label
	scaleBar *scaleBar
	progress *widget.ProgressBarInfinite
	toolBtns map[tool]*widget.Button
	tips     *tipLayer // the toolbar's hover labels
	loading  int

	// ws is the open project and its rules: the file, its annotations in
	// memory, the undo history of this session, who-is-where.
	ws *workspace.Workspace
	// syncer is File > Sync with the office database…, kept so that it
	// shows the last result.
	syncer *syncPanel
	// drawn are the annotation layers of the last scene, above the
	// boundary layers.
	drawn         []mapstyle.Layer
	annotBase     int // the scene index of the first annotation layer
	selectedAnnot string
	// tool is what a tap on the map does; sketch holds the corners of the
	// gap area being drawn; drag is the point or corner being moved.
	tool   tool
	sketch []orb.Point
	drag   *dragState
	// scratch is a temporary folder for a throw-away project.
	scratch string
	// pending are layers read before the project was open.
	pending []*geo.Layer
	// pendingFiles are files read for an import before the project was
	// open: they are imported into it when it is.
	pendingFiles []*fileImport
	// pendingForms are phone forms' exports read before the project was
	// open: their column-mapping dialogs open with it.
	pendingForms []*phoneform.Table
	// welcome is the welcome while it is open: phone forms' dialogs wait
	// for it to close.
	welcome *welcomeDialog
	// The open forms, for tests.
	pointForm    *pointForm
	gapForm      *gapForm
	categoryForm *categoryForm
	formEnv      *formEnv
	picker       *filePicker
	export       *exportDialog

	// normalTheme is the theme outside projector mode.
	normalTheme fyne.Theme

	// background runs slow work off the UI goroutine; tests swap it for a
	// direct call, since Fyne's test driver does not serialise fyne.Do.
	background func(func())
	// end makes Close run once, whichever way the window ends.
	end ender
}

// New builds the main window of a (not yet shown).
func New(a fyne.App) (*UI, error) {
	setupLanguage(a)
	a.Settings().SetTheme(readable(a.Settings().Theme()))
	fonts, err := render.ParseFonts(TextFonts())
	if err != nil {
		return nil, err
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	ui := &UI{app: a, win: a.NewWindow(lang.L("Khoroo Map")), background: func(f func()) { go f() },
		ws: &workspace.Workspace{Now: func() time.Time { return now() }}}
	ui.Map = NewMapView(render.NewRenderer(fonts))
	ui.layers = newLayerSet(ui.layersChanged)
	ui.layers.saved = ui.saveLayer
	ui.applyProjector() // before the widgets are made: they take the theme then
	ui.build()
	ui.win.SetOnClosed(ui.Close)
	return ui, nil
}

// Window returns the main window.
func (ui *UI) Window() fyne.Window { return ui.win }

// build lays out the window: toolbar on top, layers, annotations and
// categories in tabs on the left, the map in the middle, the selection on
// the right, status at the bottom.
func (ui *UI) build() {
	ui.status = widget.NewLabel("")
	ui.tips = newTipLayer()
	ui.hint = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	ui.scaleBar = newScaleBar()
	ui.progress = widget.NewProgressBarInfinite()
	ui.progress.Stop()
	ui.progress.Hide()
	ui.panel = newLayerPanel(ui.layers, ui.win, ui.Map.FitBound, ui.confirmRemoveLayer)
	ui.info = newInfoPanel()
	ui.list = newAnnotList(ui.ws, ui.win, func() string { return langCode(ui.app) }, func(id string, at orb.Geometry) {
		ui.selectAnnotation(id)
		ui.zoomTo(at)
	}, ui.edit)
	ui.cats = newCategoryPanel(ui.ws, func() string { return langCode(ui.app) }, ui.edit,
		func(c *annot.Category) { ui.showCategoryForm(c) })
	ui.cover = newCoveragePanel(ui.coverageEnv())
	if ui.base == nil { // kept across a change of language: it holds the open source
		ui.base = newBasemapPanel(ui.needs())
	}
	// the kept basemap panel words itself in the language now chosen
	ui.base.relabel()
	if ui.streets == nil { // likewise: it holds the street map shown
		ui.streets = newStreetsPanel(ui.needs(), ui.Map.renderer.Fonts)
		ui.Map.Streets = ui.streets.draw
	}
	if ui.sheets == nil { // likewise: it holds the field sheets shown
		ui.sheets = newSheetsPanel(ui.sheetsEnv())
		ui.Map.Sheets = ui.sheets.draw
	}
	ui.search = newSearchEntry(searchNeeds{sources: ui.searchables, background: func(f func()) { ui.background(f) },
		show: ui.showHit, status: func(s string) { ui.status.SetText(s) }})
	ui.Map.OnPointer = func(p orb.Point) { ui.status.SetText(formatLonLat(p)) }
	ui.Map.OnViewChange = func(v render.View) { ui.scaleBar.update(v, ui.Map.currentScale()) }
	ui.Map.OnSelect = ui.selectFeature
	ui.Map.OnTap = ui.toolTap
	ui.Map.OnDoubleTap = ui.toolDoubleTap
	ui.Map.OnDragStart = ui.dragStart
	ui.Map.OnDragMove = ui.dragMove
	ui.Map.OnDragEnd = ui.dragEnd

	mapArea := container.NewStack(ui.Map, container.NewBorder(nil, container.NewHBox(ui.scaleBar), nil, container.NewVBox(zoomButtons(ui)...)))
	_, tabs := leftTabs(
		container.NewTabItem(lang.L("Layers"), layersTab(ui.panel.content(), ui.sheets.content(), ui.base.content(), ui.streets.content())),
		container.NewTabItem(lang.L("Annotations"), ui.list.content()),
		container.NewTabItem(lang.L("Categories"), ui.cats.content()),
		container.NewTabItem(lang.L("Coverage"), ui.cover.content()),
	)
	left := container.NewBorder(ui.search, nil, nil, nil, tabs)
	split := container.NewHSplit(left, container.NewHSplit(mapArea, container.New(fixedWidth(infoWidth), ui.info.content())))
	split.Offset = 0.26
	split.Trailing.(*container.Split).Offset = 0.74
	bottom := container.NewBorder(nil, nil, nil, ui.progress, container.NewHBox(ui.status, ui.hint))
	ui.win.SetContent(ui.tips.over(container.NewBorder(container.NewVBox(ui.toolbar()), bottom, nil, nil, split)))
	ui.win.SetMainMenu(ui.mainMenu())
	ui.win.Canvas().SetOnTypedKey(ui.typedKey)
	ui.win.Canvas().SetOnTypedRune(ui.typedRune)
	ui.addShortcuts()
	ui.win.SetOnDropped(ui.dropped)
	ui.win.Resize(fyne.NewSize(1280, 800))
	ui.setTool(ui.tool)
}

// sceneChanged pushes the layers and annotations to the map and the
// panel.
func (ui *UI) sceneChanged() {
	sc := ui.layers.scene()
	ui.drawn = mapstyle.Annotations(ui.ws.Annotations(), langCode(ui.app), ui.dragOverrides())
	if ui.cover != nil {
		if l := ui.cover.layer(); l != nil {
			sc.Layers = append(sc.Layers, *l) // over the boundaries, under the annotations
		}
	}
	base := len(sc.Layers)
	for _, al := range ui.drawn {
		sc.Layers = append(sc.Layers, al.Draw)
	}
	sc.Layers = append(sc.Layers, ui.sketchLayers()...)
	ui.annotBase = base
	if ui.selectedAnnot != "" {
		sc.Selected = ui.annotSelection(ui.selectedAnnot)
	}
	ui.Map.SetScene(sc)
	ui.panel.refresh()
}

// annotSelection finds an annotation among the drawn layers.
func (ui *UI) annotSelection(id string) render.Selection {
	base := ui.annotBase
	for i, al := range ui.drawn {
		for j, aid := range al.IDs {
			if aid == id {
				return render.Selection{Layer: base + i, Feature: j}
			}
		}
	}
	return render.None
}

// annotAt returns the ID of the annotation a scene selection points at,
// or "".
func (ui *UI) annotAt(sel render.Selection) string {
	i := sel.Layer - ui.annotBase
	if i < 0 || i >= len(ui.drawn) || sel.Feature < 0 || sel.Feature >= len(ui.drawn[i].IDs) {
		return ""
	}
	return ui.drawn[i].IDs[sel.Feature]
}

// selectFeature shows the selected feature's or annotation's details.
func (ui *UI) selectFeature(sel render.Selection) {
	if id := ui.annotAt(sel); id != "" {
		ui.selectAnnotation(id)
		return
	}
	if sel.Layer >= len(ui.layers.list) {
		sel = render.None // the shading or the sketch
	}
	ui.selectedAnnot = ""
	ui.layers.selected = sel
	ui.sceneChanged()
	ui.info.show(ui.layers.feature(sel))
}

// selectAnnotation selects an annotation by ID and shows it.
func (ui *UI) selectAnnotation(id string) {
	ui.layers.selected = render.None
	ui.selectedAnnot = id
	ui.sceneChanged()
	ui.showAnnotation(id)
}

// showSelected fills the details panel with what is selected: the
// annotation, else the feature, else the hint.
func (ui *UI) showSelected() {
	if ui.selectedAnnot != "" {
		ui.showAnnotation(ui.selectedAnnot)
		return
	}
	ui.info.show(ui.layers.feature(ui.layers.selected))
}

// fitAll zooms to show every visible layer and annotation.
func (ui *UI) fitAll() {
	b, ok := ui.layers.bound()
	for _, al := range ui.drawn {
		if len(al.Draw.Layer.Features) == 0 {
			continue
		}
		if !ok {
			b, ok = al.Draw.Layer.Bound, true
		} else {
			b = b.Union(al.Draw.Layer.Bound)
		}
	}
	if ok {
		ui.Map.FitBound(b)
	}
}

func formatLonLat(p orb.Point) string {
	return fmt.Sprintf("%s %.5f°  %s %.5f°", lang.L("lon"), p[0], lang.L("lat"), p[1])
}

// aboutText gathers what the About dialog tells about this window.
func (ui *UI) aboutText() string {
	f := aboutFacts{version: version(ui.app.Metadata())}
	for _, ml := range ui.layers.list {
		f.layers = append(f.layers, ml.layer)
	}
	if ui.base != nil && ui.base.src != nil {
		info := ui.base.src.Info()
		f.basemap = &info
	}
	if ui.ws.Project() != nil {
		f.project = ui.ws.Project().Path()
	}
	return aboutText(f)
}

// showAbout shows the About dialog.
func (ui *UI) showAbout() { showAbout(ui.win, ui.aboutText()) }
