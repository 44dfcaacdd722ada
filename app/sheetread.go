package app

import (
	"errors"
	"fmt"
	"image"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/sheets"
	"github.com/khoroomap/khoroomap/geo/store"
)

// sheetPhotoExtensions are the photos and scans a sheet is read from.
var sheetPhotoExtensions = []string{".jpg", ".jpeg", ".png", ".JPG", ".JPEG", ".PNG"}

// pickPhoto asks for a photo of a field sheet and reads it.
func (p *sheetsPanel) pickPhoto() {
	if p.env.ws.Project() == nil {
		dialog.ShowInformation(lang.L("Field sheets"), lang.L("Open or create a project first: the sheet is kept in it."), p.env.win)
		return
	}
	p.env.pick(sheetPhotoExtensions, p.readPhoto)
}

// readPhoto reads the sheet in a photo in the background, keeps it in the
// project and shows it; a photo whose code cannot be read is placed by
// hand.
func (p *sheetsPanel) readPhoto(path string) {
	proj := p.env.ws.Project()
	if proj == nil {
		return
	}
	p.env.status(fmt.Sprintf(lang.L("Reading %s…"), filepath.Base(path)))
	p.env.background(func() {
		img, rd, err := sheets.ReadPhoto(path)
		var o store.Overlay
		if err == nil {
			if o, err = sheets.Overlay(path, img, rd); err == nil {
				err = proj.AddOverlay(o)
			}
		}
		fyne.Do(func() { p.read(path, img, rd, o, err) })
	})
}

// read shows the outcome of readPhoto.
func (p *sheetsPanel) read(path string, img image.Image, rd sheets.Reading, o store.Overlay, err error) {
	switch {
	case errors.Is(err, sheets.ErrNoSheet) && img != nil:
		p.placeByHand(path, img)
	case err != nil:
		p.env.status("")
		showError(err, p.env.win)
	default:
		p.env.status(fmt.Sprintf(lang.L("Sheet %s read from %s: %d of 4 corner markers, within %.1f m"), o.Page, filepath.Base(path), rd.Found(), rd.Residual))
		p.load()
		p.env.fit(o.Bound)
	}
}
