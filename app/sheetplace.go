package app

import (
	"fmt"
	"image"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/sheets"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/words"
)

// manualPlacement is the dialog that places a photo whose code could not
// be read: the user clicks the four corner markers in order and chooses
// the page. Its widgets are kept for tests.
type manualPlacement struct {
	path   string
	photo  image.Image
	pages  []sheets.Sheet
	picker *cornerPicker
	hint   *widget.Label
	page   *formSelect
	place  *widget.Button
	again  *widget.Button
	dialog dialog.Dialog
}

// cornerHint says which marker to click next, after n clicks.
func cornerHint(n int) string {
	return []string{lang.L("Click the centre of the top-left corner marker (1 of 4)."), lang.L("Click the centre of the top-right corner marker (2 of 4)."),
		lang.L("Click the centre of the bottom-right corner marker (3 of 4)."), lang.L("Click the centre of the bottom-left corner marker (4 of 4)."),
		lang.L("Choose the page, then Place.")}[n]
}

// placeByHand opens the manual placement of the photo at path.
func (p *sheetsPanel) placeByHand(path string, photo image.Image) {
	p.env.status("")
	pages := p.env.pages()
	if len(pages) == 0 {
		showError(words.Errorf("%s: its QR code could not be read, and the project has no khoroo or kheseg boundaries to choose its page from", filepath.Base(path)), p.env.win)
		return
	}
	m := &manualPlacement{path: path, photo: photo, pages: pages, hint: widget.NewLabel("")}
	m.picker = newCornerPicker(photo, m.update)
	var names []string
	for _, s := range pages {
		names = append(names, s.Code.Page+" · "+s.Title)
	}
	m.page = newChoice(names, func(string) { m.update() })
	m.page.PlaceHolder = lang.L("(the page of the sheet)")
	m.place = widget.NewButton(lang.L("Place"), func() { p.placeManually(m) })
	m.place.Importance = widget.HighImportance
	m.again = widget.NewButton(lang.L("Start again"), m.picker.reset)
	cancel := widget.NewButton(lang.L("Cancel"), func() { m.dialog.Hide() })
	intro := widget.NewLabel(fmt.Sprintf(lang.L("The QR code of %s could not be read. Place it by hand:"), filepath.Base(path)))
	top := container.NewVBox(intro, m.page, m.hint)
	buttons := container.NewHBox(m.again, cancel, m.place)
	m.dialog = dialog.NewCustomWithoutButtons(lang.L("Place a field sheet by hand"), container.NewBorder(top, container.NewCenter(buttons), nil, nil, m.picker), p.env.win)
	m.update()
	p.manual = m
	m.dialog.Resize(fyne.NewSize(900, 720))
	m.dialog.Show()
}

// update shows the next step and allows placing once all is chosen.
func (m *manualPlacement) update() {
	m.hint.SetText(cornerHint(len(m.picker.clicks)))
	if len(m.picker.clicks) == 4 && m.page.SelectedIndex() >= 0 {
		m.place.Enable()
	} else {
		m.place.Disable()
	}
}

// placeManually straightens the photo from the clicks, keeps it in the
// project and shows it.
func (p *sheetsPanel) placeManually(m *manualPlacement) {
	proj := p.env.ws.Project()
	if proj == nil {
		return
	}
	m.dialog.Hide()
	code := m.pages[m.page.SelectedIndex()].Code
	corners := [4][2]float64(m.picker.clicks)
	p.env.status(fmt.Sprintf(lang.L("Reading %s…"), filepath.Base(m.path)))
	p.env.background(func() {
		rd, err := sheets.Manual(m.photo, code, corners)
		var o store.Overlay
		if err == nil {
			if o, err = sheets.Overlay(m.path, m.photo, rd); err == nil {
				err = proj.AddOverlay(o)
			}
		}
		fyne.Do(func() { p.read(m.path, m.photo, rd, o, err) })
	})
}
