package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/photo"
)

var _ fyne.Tappable = (*thumbnail)(nil)

// thumbnail is a photo drawn small; a tap opens it large.
type thumbnail struct {
	widget.BaseWidget
	img   *canvas.Image
	onTap func()
}

func newThumbnail(ph photo.Photo, onTap func()) *thumbnail {
	img := canvas.NewImageFromResource(fyne.NewStaticResource(ph.ID+".jpg", ph.Data))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(96, 72))
	t := &thumbnail{img: img, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped opens the photo.
func (t *thumbnail) Tapped(*fyne.PointEvent) { t.onTap() }

// CreateRenderer draws the image.
func (t *thumbnail) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.img) }

// addPhotoRow lists an annotation's photos in the info panel as
// thumbnails, when it has any; a photo the project cannot show is a
// broken-image tile that says why when tapped.
func (ui *UI) addPhotoRow(ids []string) {
	if len(ids) == 0 || ui.ws.Project() == nil {
		return
	}
	box := container.NewGridWrap(fyne.NewSize(96, 72))
	for _, id := range ids {
		ph, err := ui.ws.Project().Photo(id)
		if err != nil {
			box.Add(newBrokenPhoto(err, ui.win))
			continue
		}
		box.Add(newThumbnail(ph, func() { ui.showPhoto(ph) }))
	}
	ui.info.props.Append(lang.L("Photos"), box)
}

// showPhoto opens a photo large, in a dialog.
func (ui *UI) showPhoto(ph photo.Photo) { showPhotoOver(ui.win, ph) }

// showPhotoOver opens a photo large, in a dialog over win.
func showPhotoOver(win fyne.Window, ph photo.Photo) {
	img := canvas.NewImageFromResource(fyne.NewStaticResource(ph.ID+".jpg", ph.Data))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(720, 540))
	dialog.NewCustom(ph.Name, lang.L("Close"), img, win).Show()
}
