package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/render"
)

// keyPan is how far the arrow keys move the map, in Fyne units.
const keyPan = 100

// toolbar holds the everyday actions.
func (ui *UI) toolbar() *widget.Toolbar {
	return widget.NewToolbar(
		widget.NewToolbarAction(theme.FolderOpenIcon(), ui.showOpen),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ZoomFitIcon(), ui.fitAll),
		widget.NewToolbarAction(theme.ZoomInIcon(), func() { ui.Map.zoomCentre(1) }),
		widget.NewToolbarAction(theme.ZoomOutIcon(), func() { ui.Map.zoomCentre(-1) }),
		widget.NewToolbarSpacer(),
		widget.NewToolbarAction(theme.SettingsIcon(), ui.showSettings),
	)
}

// zoomButtons float over the map's right edge; they zoom about the centre.
func zoomButtons(ui *UI) []fyne.CanvasObject {
	in := widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { ui.Map.zoomCentre(1) })
	out := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { ui.Map.zoomCentre(-1) })
	fit := widget.NewButtonWithIcon("", theme.ZoomFitIcon(), ui.fitAll)
	return []fyne.CanvasObject{in, out, fit}
}

// mainMenu is the window's menu bar.
func (ui *UI) mainMenu() *fyne.MainMenu {
	recent := fyne.NewMenuItem(lang.L("Open Recent"), nil)
	recent.ChildMenu = ui.recentMenu()
	open := fyne.NewMenuItem(lang.L("Open…"), ui.showOpen)
	open.Shortcut = shortcutOpen
	file := fyne.NewMenu(lang.L("File"),
		open,
		recent,
		fyne.NewMenuItem(lang.L("Open the training sample"), ui.LoadSample),
	)
	view := fyne.NewMenu(lang.L("View"),
		fyne.NewMenuItem(lang.L("Fit to all"), ui.fitAll),
		fyne.NewMenuItem(lang.L("Zoom in"), func() { ui.Map.ZoomBy(1) }),
		fyne.NewMenuItem(lang.L("Zoom out"), func() { ui.Map.ZoomBy(-1) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Settings…"), ui.showSettings),
	)
	return fyne.NewMainMenu(file, view)
}

// Keyboard shortcuts: Ctrl+O opens a file, Ctrl+F goes to the search box.
var (
	shortcutOpen   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
)

// addShortcuts registers the window's keyboard shortcuts.
func (ui *UI) addShortcuts() {
	c := ui.win.Canvas()
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { ui.showOpen() })
	c.AddShortcut(shortcutSearch, func(fyne.Shortcut) { c.Focus(ui.search) })
}

// typedKey handles the keyboard when no text field has focus: arrows pan,
// Home fits everything, Escape clears the selection.
func (ui *UI) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		ui.Map.PanBy(keyPan, 0)
	case fyne.KeyRight:
		ui.Map.PanBy(-keyPan, 0)
	case fyne.KeyUp:
		ui.Map.PanBy(0, keyPan)
	case fyne.KeyDown:
		ui.Map.PanBy(0, -keyPan)
	case fyne.KeyHome:
		ui.fitAll()
	case fyne.KeyEscape:
		ui.selectFeature(render.None)
	}
}

// typedRune zooms with + and -.
func (ui *UI) typedRune(r rune) {
	switch r {
	case '+', '=':
		ui.Map.ZoomBy(1)
	case '-', '_':
		ui.Map.ZoomBy(-1)
	}
}
