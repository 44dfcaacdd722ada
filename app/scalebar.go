package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// scaleBar draws a bar of a round length in metres or kilometres.
type scaleBar struct {
	widget.BaseWidget
	bar   *canvas.Rectangle
	ticks [2]*canvas.Rectangle
	label *canvas.Text
	width float32
}

// maxBar is the longest the bar may be, in Fyne units.
const maxBar = 120

func newScaleBar() *scaleBar {
	s := &scaleBar{
		bar:   canvas.NewRectangle(color.NRGBA{0x30, 0x30, 0x30, 0xff}),
		label: canvas.NewText("", color.NRGBA{0x20, 0x20, 0x20, 0xff}),
		width: maxBar,
	}
	for i := range s.ticks {
		s.ticks[i] = canvas.NewRectangle(color.NRGBA{0x30, 0x30, 0x30, 0xff})
	}
	s.label.TextSize = 11
	s.ExtendBaseWidget(s)
	return s
}

// update fits the bar to the view; scale is raster pixels per Fyne unit.
func (s *scaleBar) update(v render.View, scale float64) {
	perUnit := v.MetresPerPixel() * scale
	length := geo.ScaleLength(maxBar * perUnit)
	s.width = float32(length / perUnit)
	s.label.Text = scaleText(length)
	s.Refresh()
}

func (s *scaleBar) CreateRenderer() fyne.WidgetRenderer {
	return &scaleBarRenderer{s}
}

type scaleBarRenderer struct{ s *scaleBar }

func (r *scaleBarRenderer) Layout(size fyne.Size) {
	s := r.s
	const pad = 8
	y := size.Height - pad
	s.bar.Move(fyne.NewPos(pad, y-2))
	s.bar.Resize(fyne.NewSize(s.width, 2))
	s.ticks[0].Move(fyne.NewPos(pad, y-8))
	s.ticks[1].Move(fyne.NewPos(pad+s.width-2, y-8))
	for _, t := range s.ticks {
		t.Resize(fyne.NewSize(2, 8))
	}
	ls := s.label.MinSize()
	s.label.Move(fyne.NewPos(pad+s.width/2-ls.Width/2, y-10-ls.Height))
}

func (r *scaleBarRenderer) MinSize() fyne.Size {
	return fyne.NewSize(maxBar+16, 36)
}

func (r *scaleBarRenderer) Refresh() {
	r.Layout(r.s.Size())
	canvas.Refresh(r.s)
}

func (r *scaleBarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.bar, r.s.ticks[0], r.s.ticks[1], r.s.label}
}

func (r *scaleBarRenderer) Destroy() {}
