package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// layersTab puts the layer list above the field sheets, basemap and
// street map panels, with a divider the user can drag between them; the
// panels below scroll, so the window still fits a 1366x768 laptop screen
// with its title and task bars (they need some 560 pixels drawn in full).
func layersTab(list fyne.CanvasObject, below ...fyne.CanvasObject) fyne.CanvasObject {
	split := container.NewVSplit(list, container.NewVScroll(container.NewVBox(below...)))
	split.Offset = 0.5
	return split
}
