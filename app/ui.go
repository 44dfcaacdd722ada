// Package app is Khoroo Map's user interface, built with Fyne: the main
// window, the map widget, panels and dialogs. It asks geo for every answer
// about geography and never parses or draws geodata itself.
package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo/render"
)

// AppID is the application's unique ID, also used for its preferences.
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
	search   *widget.Entry
	status   *widget.Label
	scaleBar *scaleBar
	progress *widget.ProgressBarInfinite
	loading  int

	// background runs slow work off the UI goroutine; tests swap it for a
	// direct call, since Fyne's test driver does not serialise fyne.Do.
	background func(func())
}

// New builds the main window of a (not yet shown).
func New(a fyne.App) (*UI, error) {
	setupLanguage(a)
	fonts, err := render.ParseFonts(assets.FontRegular, assets.FontBold)
	if err != nil {
		return nil, err
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	ui := &UI{app: a, win: a.NewWindow(lang.L("Khoroo Map")), background: func(f func()) { go f() }}
	ui.Map = NewMapView(render.NewRenderer(fonts))
	ui.layers = newLayerSet(ui.sceneChanged)
	ui.build()
	return ui, nil
}

// Window returns the main window.
func (ui *UI) Window() fyne.Window { return ui.win }

// build lays out the window: toolbar on top, layers on the left, the map
// in the middle, the selected feature on the right, status at the bottom.
func (ui *UI) build() {
	ui.status = widget.NewLabel("")
	ui.scaleBar = newScaleBar()
	ui.progress = widget.NewProgressBarInfinite()
	ui.progress.Stop()
	ui.progress.Hide()
	ui.panel = newLayerPanel(ui)
	ui.info = newInfoPanel()
	ui.search = newSearchEntry(ui)
	ui.Map.OnPointer = func(p orb.Point) { ui.status.SetText(formatLonLat(p)) }
	ui.Map.OnViewChange = func(v render.View) { ui.scaleBar.update(v, ui.Map.currentScale()) }
	ui.Map.OnSelect = ui.selectFeature

	mapArea := container.NewStack(ui.Map, container.NewBorder(nil, container.NewHBox(ui.scaleBar), nil, container.NewVBox(zoomButtons(ui)...)))
	left := container.NewBorder(ui.search, nil, nil, nil, ui.panel.content())
	split := container.NewHSplit(left, container.NewHSplit(mapArea, ui.info.content()))
	split.Offset = 0.25
	split.Trailing.(*container.Split).Offset = 0.76
	bottom := container.NewBorder(nil, nil, nil, ui.progress, ui.status)
	ui.win.SetContent(container.NewBorder(ui.toolbar(), bottom, nil, nil, split))
	ui.win.SetMainMenu(ui.mainMenu())
	ui.win.Canvas().SetOnTypedKey(ui.typedKey)
	ui.win.Canvas().SetOnTypedRune(ui.typedRune)
	ui.addShortcuts()
	ui.win.SetOnDropped(ui.dropped)
	ui.win.Resize(fyne.NewSize(1280, 800))
}

// sceneChanged pushes the layer set to the map and the panel.
func (ui *UI) sceneChanged() {
	ui.Map.SetScene(ui.layers.scene())
	ui.panel.refresh()
}

// selectFeature shows the selected feature's details.
func (ui *UI) selectFeature(sel render.Selection) {
	ui.layers.selected = sel
	ui.Map.SetScene(ui.layers.scene())
	ui.info.show(ui.layers.feature(sel))
}

// fitAll zooms to show every visible layer.
func (ui *UI) fitAll() {
	if b, ok := ui.layers.bound(); ok {
		ui.Map.FitBound(b)
	}
}

func formatLonLat(p orb.Point) string {
	return fmt.Sprintf("%s %.5f°  %s %.5f°", lang.L("lon"), p[0], lang.L("lat"), p[1])
}
