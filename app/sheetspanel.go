package app

import (
	"fmt"
	"image"
	"path/filepath"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/overlay"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/sheets"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// sheetsEnv is what the field sheets panel needs from the window: the
// project, the window for dialogs, and what redraws, zooms, picks a file,
// runs work in the background and says how it went.
type sheetsEnv struct {
	ws         *workspace.Workspace
	win        fyne.Window
	redraw     func()
	fit        func(orb.Bound)
	pick       func(exts []string, chosen func(string))
	save       func(name, ext string, chosen func(string))
	background func(func())
	status     func(string)
	// pages are the sheets the project's boundaries make, to choose a
	// photo's page from when its code cannot be read.
	pages func() []sheets.Sheet
}

// sheetsPanel lists the field sheets read back into the project, each
// with an opacity slider, a zoom and a remove button, and draws them on
// the map under the boundaries and annotations.
type sheetsPanel struct {
	env    sheetsEnv
	box    *fyne.Container
	scroll *container.Scroll
	rows   []*sheetRow // for tests
	items  []store.Overlay
	shown  atomic.Pointer[[]overlay.Picture] // read by the render goroutine
	// manual is the last manual placement opened, for tests.
	manual *manualPlacement
}

// sheetRow is one sheet's widgets.
type sheetRow struct {
	name    *widget.Label
	opacity *widget.Slider
	zoom    *widget.Button
	export  *widget.Button
	remove  *widget.Button
}

func newSheetsPanel(env sheetsEnv) *sheetsPanel { return &sheetsPanel{env: env} }

func (p *sheetsPanel) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("Field sheets"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	read := widget.NewButtonWithIcon(lang.L("Read a field sheet photo…"), theme.FileImageIcon(), p.pickPhoto)
	p.box = container.NewVBox()
	p.scroll = container.NewVScroll(p.box)
	p.fill()
	return container.NewVBox(title, p.scroll, read)
}

// fill lists the sheets in the panel.
func (p *sheetsPanel) fill() {
	if p.box == nil {
		return
	}
	p.box.RemoveAll()
	p.rows = nil
	h := float32(0)
	for i, o := range p.items {
		r := p.newRow(i, o)
		p.rows = append(p.rows, r)
		row := container.NewBorder(nil, nil, nil, container.NewHBox(r.zoom, r.export, r.remove), container.NewGridWithColumns(2, r.name, r.opacity))
		p.box.Add(row)
		if i < shownSheets {
			h += row.MinSize().Height + theme.Padding()
		}
	}
	p.scroll.SetMinSize(fyne.NewSize(0, h)) // more sheets scroll, leaving room for the layers
}

// shownSheets is how many sheets the panel shows without scrolling.
const shownSheets = 3

func (p *sheetsPanel) newRow(i int, o store.Overlay) *sheetRow {
	r := &sheetRow{name: widget.NewLabel(o.Page + " · " + o.Source), opacity: widget.NewSlider(0, 1)}
	r.name.Truncation = fyne.TextTruncateEllipsis
	r.opacity.Step = 0.05
	r.opacity.SetValue(o.Opacity)
	r.opacity.OnChanged = func(v float64) { p.setOpacity(i, v) }
	r.opacity.OnChangeEnded = func(v float64) { p.saveOpacity(o.ID, v) }
	r.zoom = widget.NewButtonWithIcon("", theme.ZoomFitIcon(), func() { p.env.fit(o.Bound) })
	r.export = widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), func() {
		p.env.save(o.Page+".png", ".png", func(path string) { p.export(i, path) })
	})
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.confirmRemove(o) })
	return r
}

// setOpacity shows sheet i at opacity v at once; saveOpacity keeps it.
func (p *sheetsPanel) setOpacity(i int, v float64) {
	old := p.shown.Load()
	if old == nil || i >= len(*old) {
		return
	}
	ps := append([]overlay.Picture(nil), *old...)
	ps[i].Opacity = v
	p.items[i].Opacity = v
	p.shown.Store(&ps)
	p.env.redraw()
}

func (p *sheetsPanel) saveOpacity(id string, v float64) {
	if proj := p.env.ws.Project(); proj != nil {
		if err := proj.SetOverlayOpacity(id, v); err != nil {
			showError(err, p.env.win)
		}
	}
}

func (p *sheetsPanel) confirmRemove(o store.Overlay) {
	msg := fmt.Sprintf(lang.L("Remove sheet %s (%s) from the project? The photo itself is not deleted."), o.Page, o.Source)
	dialog.ShowConfirm(lang.L("Remove field sheet"), msg, func(ok bool) {
		if ok {
			p.remove(o)
		}
	}, p.env.win)
}

// remove takes a sheet out of the project and off the map.
func (p *sheetsPanel) remove(o store.Overlay) {
	if proj := p.env.ws.Project(); proj != nil {
		if err := proj.RemoveOverlay(o.ID); err != nil {
			showError(err, p.env.win)
		}
		p.load()
	}
}

// export writes sheet i as PNG with a world file (.pgw) and its CRS
// (.png.aux.xml), for GDAL and QGIS.
func (p *sheetsPanel) export(i int, path string) {
	ps := p.pictures()
	if i >= len(ps) {
		return
	}
	pic := ps[i]
	p.env.background(func() {
		err := sheets.WriteGeoPNG(path, pic.Image, pic.Bound)
		fyne.Do(func() {
			if err != nil {
				showError(err, p.env.win)
				return
			}
			p.env.status(fmt.Sprintf(lang.L("%s: written, with its world file for GDAL and QGIS"), filepath.Base(path)))
		})
	})
}

// pictures are the sheets as shown, for printing.
func (p *sheetsPanel) pictures() []overlay.Picture {
	if ps := p.shown.Load(); ps != nil {
		return *ps
	}
	return nil
}

// draw paints the sheets into a frame, on the render goroutine.
func (p *sheetsPanel) draw(dst *image.RGBA, v render.View) {
	if ps := p.shown.Load(); ps != nil {
		overlay.DrawAll(dst, v, *ps)
	}
}

// load reads the project's sheets in the background and shows them.
func (p *sheetsPanel) load() {
	proj := p.env.ws.Project()
	if proj == nil {
		p.show(nil, nil)
		return
	}
	p.env.background(func() {
		items, ps, err := readSheets(proj)
		fyne.Do(func() {
			if p.env.ws.Project() != proj {
				return
			}
			if err != nil {
				p.env.status(errorText(err))
			}
			p.show(items, ps)
		})
	})
}

func (p *sheetsPanel) show(items []store.Overlay, ps []overlay.Picture) {
	p.items = items
	p.shown.Store(&ps)
	p.fill()
	p.env.redraw()
}

// readSheets reads and decodes a project's sheets.
func readSheets(proj *store.Project) ([]store.Overlay, []overlay.Picture, error) {
	items, err := proj.Overlays()
	if err != nil {
		return nil, nil, err
	}
	ps := make([]overlay.Picture, len(items))
	for i, o := range items {
		if ps[i], err = o.Picture(); err != nil {
			return nil, nil, fmt.Errorf("%w (in %s)", err, proj.Path())
		}
		items[i].Image = nil // the decoded picture is what is kept
	}
	return items, ps, nil
}

// sheetsEnv is what the window gives the field sheets panel.
func (ui *UI) sheetsEnv() sheetsEnv {
	return sheetsEnv{ws: ui.ws, win: ui.win, redraw: ui.Map.Redraw, fit: ui.Map.FitBound, pick: ui.pickFile,
		save: ui.pickSave, background: func(f func()) { ui.background(f) }, status: func(s string) { ui.status.SetText(s) },
		pages: func() []sheets.Sheet { return sheets.Pages(ui.printProject()) }}
}
