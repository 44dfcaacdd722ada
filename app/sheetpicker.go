package app

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	xdraw "golang.org/x/image/draw"
)

var _ fyne.Tappable = (*cornerPicker)(nil)

// previewSide is the longest side, in pixels, a photo is shown at for
// clicking its corners.
const previewSide = 1600

// cornerPicker shows a photo, letterboxed, and records up to four clicks
// on it, in the photo's own pixels, each shown by a numbered ring.
type cornerPicker struct {
	widget.BaseWidget
	photo    *canvas.Image
	size     image.Point // the photo's pixels
	clicks   [][2]float64
	rings    [4]*canvas.Circle
	numbers  [4]*canvas.Text
	onChange func()
}

func newCornerPicker(photo image.Image, onChange func()) *cornerPicker {
	b := photo.Bounds()
	c := &cornerPicker{photo: canvas.NewImageFromImage(shrink(photo, previewSide)), size: b.Size(), onChange: onChange}
	c.photo.FillMode = canvas.ImageFillContain
	c.photo.ScaleMode = canvas.ImageScaleFastest
	for i := range c.rings {
		c.rings[i] = canvas.NewCircle(color.Transparent)
		c.rings[i].StrokeColor, c.rings[i].StrokeWidth = color.NRGBA{220, 30, 30, 255}, 3
		c.numbers[i] = canvas.NewText(string(rune('1'+i)), color.NRGBA{220, 30, 30, 255})
		c.numbers[i].TextStyle.Bold = true
	}
	c.ExtendBaseWidget(c)
	return c
}

// shrink is img scaled down to fit side (img itself when it does).
func shrink(img image.Image, side int) image.Image {
	b := img.Bounds()
	if max(b.Dx(), b.Dy()) <= side {
		return img
	}
	f := float64(side) / float64(max(b.Dx(), b.Dy()))
	out := image.NewRGBA(image.Rect(0, 0, max(1, int(float64(b.Dx())*f)), max(1, int(float64(b.Dy())*f))))
	xdraw.ApproxBiLinear.Scale(out, out.Rect, img, b, xdraw.Src, nil)
	return out
}

// shown is where the letterboxed photo lies in the widget: its top-left
// corner and its scale (widget units per photo pixel).
func (c *cornerPicker) shown() (fyne.Position, float32) {
	s := c.Size()
	k := min(s.Width/float32(c.size.X), s.Height/float32(c.size.Y))
	return fyne.NewPos((s.Width-k*float32(c.size.X))/2, (s.Height-k*float32(c.size.Y))/2), k
}

// Tapped records a click on the photo; taps beside it, or after four, do
// nothing.
func (c *cornerPicker) Tapped(ev *fyne.PointEvent) {
	o, k := c.shown()
	x, y := float64((ev.Position.X-o.X)/k), float64((ev.Position.Y-o.Y)/k)
	if len(c.clicks) >= 4 || k <= 0 || x < 0 || y < 0 || x > float64(c.size.X) || y > float64(c.size.Y) {
		return
	}
	c.clicks = append(c.clicks, [2]float64{x, y})
	c.Refresh()
	c.onChange()
}

// reset forgets the clicks.
func (c *cornerPicker) reset() {
	c.clicks = nil
	c.Refresh()
	c.onChange()
}

// CreateRenderer implements fyne.Widget.
func (c *cornerPicker) CreateRenderer() fyne.WidgetRenderer {
	objs := []fyne.CanvasObject{c.photo}
	for i := range c.rings {
		objs = append(objs, c.rings[i], c.numbers[i])
	}
	return &pickerRenderer{c: c, objs: objs}
}

type pickerRenderer struct {
	c    *cornerPicker
	objs []fyne.CanvasObject
}

func (r *pickerRenderer) Layout(size fyne.Size) {
	r.c.photo.Resize(size)
	o, k := r.c.shown()
	const d = 18
	for i := range r.c.rings {
		if i >= len(r.c.clicks) {
			r.c.rings[i].Hide()
			r.c.numbers[i].Hide()
			continue
		}
		p := fyne.NewPos(o.X+k*float32(r.c.clicks[i][0]), o.Y+k*float32(r.c.clicks[i][1]))
		r.c.rings[i].Move(p.SubtractXY(d/2, d/2))
		r.c.rings[i].Resize(fyne.NewSquareSize(d))
		r.c.rings[i].Show()
		r.c.numbers[i].Move(p.AddXY(d/2, -d))
		r.c.numbers[i].Show()
	}
}

func (r *pickerRenderer) MinSize() fyne.Size           { return fyne.NewSize(400, 300) }
func (r *pickerRenderer) Refresh()                     { r.Layout(r.c.Size()); canvas.Refresh(r.c) }
func (r *pickerRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *pickerRenderer) Destroy()                     {}
