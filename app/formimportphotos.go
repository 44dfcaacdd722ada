package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// photoChecks lists the file's columns that may name photos, each with a
// tick: a form with several photo questions brings the photos of each
// column ticked.
func (fi *formImporter) photoChecks() fyne.CanvasObject {
	cols := fi.tab.PhotoColumns(fi.m)
	fi.photos = widget.NewCheckGroup(cols, fi.pickedPhotos)
	if len(cols) == 0 {
		none := widget.NewLabel(lang.L("No column names photo files"))
		none.Importance = widget.LowImportance
		return none
	}
	return fi.photos
}

// fillPhotos ticks the mapping's photo columns.
func (fi *formImporter) fillPhotos() {
	fi.photos.SetSelected(slices.Clone(fi.m.Photos))
}

// pickedPhotos takes the ticked columns into the mapping, in the file's
// order.
func (fi *formImporter) pickedPhotos(ticked []string) {
	if fi.refreshing {
		return
	}
	fi.m.Photos = nil
	for _, c := range fi.tab.Header {
		if slices.Contains(ticked, c) && !slices.Contains(fi.m.Photos, c) {
			fi.m.Photos = append(fi.m.Photos, c)
		}
	}
	fi.refresh()
}
