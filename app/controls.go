package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
)

// keyPan is how far the arrow keys move the map, in Fyne units.
const keyPan = 100

// toolbar holds the everyday actions: open, undo and redo, the map tools
// (select, service point, gap point, gap area), zoom, settings.
func (ui *UI) toolbar() fyne.CanvasObject {
	icon := func(res fyne.Resource, tip string, f func()) *tipButton {
		b := newTipButton(res, tip, ui.tips, f)
		b.Importance = widget.LowImportance
		return b
	}
	ui.toolBtns = map[tool]*widget.Button{
		toolSelect:   widget.NewButtonWithIcon(lang.L("Select"), theme.VisibilityIcon(), func() { ui.setTool(toolSelect) }),
		toolPoint:    widget.NewButtonWithIcon(lang.L("Service point"), theme.ContentAddIcon(), func() { ui.setTool(toolPoint) }),
		toolGapPoint: widget.NewButtonWithIcon(lang.L("Gap point"), theme.WarningIcon(), func() { ui.setTool(toolGapPoint) }),
		toolGapArea:  widget.NewButtonWithIcon(lang.L("Gap area"), theme.ContentCutIcon(), func() { ui.setTool(toolGapArea) }),
	}
	return container.NewHBox(
		icon(theme.FolderOpenIcon(), lang.L("Add a boundary file (Ctrl+O)"), ui.showOpen),
		widget.NewSeparator(),
		icon(theme.ContentUndoIcon(), lang.L("Undo the last change (Ctrl+Z)"), ui.undo),
		icon(theme.ContentRedoIcon(), lang.L("Redo (Ctrl+Y)"), ui.redo),
		widget.NewSeparator(),
		ui.toolBtns[toolSelect], ui.toolBtns[toolPoint], ui.toolBtns[toolGapPoint], ui.toolBtns[toolGapArea],
		widget.NewSeparator(),
		icon(theme.DocumentPrintIcon(), lang.L("Print or export a map (Ctrl+P)"), func() { ui.showExport() }),
		widget.NewSeparator(),
		icon(theme.ZoomFitIcon(), lang.L("Show everything (Home)"), ui.fitAll),
		icon(theme.ZoomInIcon(), lang.L("Zoom in (+)"), func() { ui.Map.zoomCentre(1) }),
		icon(theme.ZoomOutIcon(), lang.L("Zoom out (-)"), func() { ui.Map.zoomCentre(-1) }),
		widget.NewSeparator(),
		icon(theme.SettingsIcon(), lang.L("Settings: language and your name"), func() { ui.showSettings() }),
	)
}

// zoomButtons float over the map's right edge; they zoom about the centre.
func zoomButtons(ui *UI) []fyne.CanvasObject {
	in := newTipButton(theme.ZoomInIcon(), lang.L("Zoom in (+)"), ui.tips, func() { ui.Map.zoomCentre(1) })
	out := newTipButton(theme.ZoomOutIcon(), lang.L("Zoom out (-)"), ui.tips, func() { ui.Map.zoomCentre(-1) })
	fit := newTipButton(theme.ZoomFitIcon(), lang.L("Show everything (Home)"), ui.tips, ui.fitAll)
	return []fyne.CanvasObject{in, out, fit}
}

// mainMenu is the window's menu bar.
func (ui *UI) mainMenu() *fyne.MainMenu {
	recent := fyne.NewMenuItem(lang.L("Open Recent"), nil)
	recent.ChildMenu = ui.recentMenu()
	item := func(label string, f func(), sc fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, f)
		it.Shortcut = sc
		return it
	}
	file := fyne.NewMenu(lang.L("File"),
		fyne.NewMenuItem(lang.L("New project…"), ui.showNewProject),
		fyne.NewMenuItem(lang.L("New project for my khoroo…"), func() { ui.showNewKhorooProject() }),
		fyne.NewMenuItem(lang.L("Open project…"), ui.showOpenProject),
		fyne.NewMenuItem(lang.L("Save project as…"), ui.showSaveAs),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Add layer…"), ui.showOpen, shortcutOpen),
		recent,
		fyne.NewMenuItem(lang.L("Import service points…"), ui.showImportPoints),
		fyne.NewMenuItem(lang.L("Read a field sheet photo…"), func() { ui.sheets.pickPhoto() }),
		fyne.NewMenuItem(lang.L("Import photos…"), ui.showImportPhotos),
		fyne.NewMenuItem(lang.L("Export annotations…"), ui.showExportAnnotations),
		fyne.NewMenuItem(lang.L("Merge participants' copies…"), func() { ui.showMerge() }),
		fyne.NewMenuItem(lang.L("Sync with the office database…"), ui.showSync),
		fyne.NewMenuItemSeparator(),
		item(lang.L("Print or export a map…"), func() { ui.showExport() }, shortcutPrint),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Open the training sample"), ui.OpenTraining),
		fyne.NewMenuItem(lang.L("Reset the training khoroo…"), ui.confirmResetTraining),
		fyne.NewMenuItem(lang.L("Save a copy for the trainer…"), ui.showSaveForTrainer),
		fyne.NewMenuItemSeparator(),
		ui.quitItem(),
	)
	edit := fyne.NewMenu(lang.L("Edit"),
		item(lang.L("Undo"), ui.undo, shortcutUndo),
		item(lang.L("Redo"), ui.redo, shortcutRedo),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Add service point at coordinates…"), func() { ui.showPointForm(nil, orb.Point{}) }),
		fyne.NewMenuItem(lang.L("Delete selected…"), ui.deleteSelected),
	)
	view := fyne.NewMenu(lang.L("View"),
		fyne.NewMenuItem(lang.L("Fit to all"), ui.fitAll),
		fyne.NewMenuItem(lang.L("Zoom in"), func() { ui.Map.ZoomBy(1) }),
		fyne.NewMenuItem(lang.L("Zoom out"), func() { ui.Map.ZoomBy(-1) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Settings…"), func() { ui.showSettings() }),
	)
	help := fyne.NewMenu(lang.L("Help"),
		fyne.NewMenuItem(lang.L("First steps…"), func() { ui.showFirstSteps() }),
		fyne.NewMenuItem(lang.L("Keyboard shortcuts…"), func() { showShortcuts(ui.win) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("About Khoroo Map"), ui.showAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// Keyboard shortcuts: Ctrl+O adds a layer, Ctrl+F goes to the search box,
// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo.
var (
	shortcutOpen   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSearch = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutUndo   = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutRedo   = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutRedoY  = &desktop.CustomShortcut{KeyName: fyne.KeyY, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrint  = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault}
)

// addShortcuts registers the window's keyboard shortcuts.
func (ui *UI) addShortcuts() {
	c := ui.win.Canvas()
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { ui.showOpen() })
	c.AddShortcut(shortcutSearch, func(fyne.Shortcut) { c.Focus(ui.search) })
	c.AddShortcut(shortcutUndo, func(fyne.Shortcut) { ui.undo() })
	c.AddShortcut(shortcutRedo, func(fyne.Shortcut) { ui.redo() })
	c.AddShortcut(shortcutRedoY, func(fyne.Shortcut) { ui.redo() })
	c.AddShortcut(shortcutPrint, func(fyne.Shortcut) { ui.showExport() })
	c.AddShortcut(shortcutQuit, func(fyne.Shortcut) { ui.quit() })
	// Fyne's own undo shortcut type, as text fields and some drivers send it
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { ui.undo() })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { ui.redo() })
}

// typedKey handles the keyboard when no text field has focus: arrows pan,
// Home fits everything, Escape stops drawing or clears the selection,
// Backspace drops the last corner drawn, Delete deletes the selected
// annotation. While a dialog or form is open, Escape cancels it and
// no key reaches the map.
func (ui *UI) typedKey(ev *fyne.KeyEvent) {
	if c := ui.win.Canvas(); modalOpen(c) {
		if ev.Name == fyne.KeyEscape {
			cancelTop(c)
		}
		return // a dialog or form is open: the map waits
	}
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
		if ui.tool != toolSelect {
			ui.cancelTool()
			return
		}
		ui.selectFeature(render.None)
	case fyne.KeyBackspace:
		ui.removeCorner()
	case fyne.KeyDelete:
		ui.deleteSelected()
	case fyne.KeyReturn, fyne.KeyEnter:
		if ui.tool == toolGapArea {
			ui.finishArea()
		}
	}
}

// deleteSelected asks to delete the selected annotation.
func (ui *UI) deleteSelected() {
	if ui.ws.Annotations() == nil || ui.selectedAnnot == "" {
		return
	}
	code := langCode(ui.app)
	if p, ok := ui.ws.Annotations().Point(ui.selectedAnnot); ok {
		c, _ := ui.ws.Annotations().Category(p.Category)
		ui.confirmDelete(annot.Change{OldPoint: &p}, mapstyle.PointName(c, &p, code))
	} else if g, ok := ui.ws.Annotations().Gap(ui.selectedAnnot); ok {
		ui.confirmDelete(annot.Change{OldGap: &g}, mapstyle.GapName(ui.ws.Annotations(), &g, code))
	}
}

// typedRune zooms with + and -.
func (ui *UI) typedRune(r rune) {
	if modalOpen(ui.win.Canvas()) {
		return
	}
	switch r {
	case '+', '=':
		ui.Map.ZoomBy(1)
	case '-', '_':
		ui.Map.ZoomBy(-1)
	}
}
