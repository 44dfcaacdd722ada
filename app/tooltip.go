package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipLayer floats a short label over the window, under the widget the
// pointer rests on. It is drawn above the content but takes no taps (Fyne
// 2.7 has no tooltips, and a pop-up would swallow the next click).
type tipLayer struct {
	label *widget.Label
	box   *fyne.Container // the label on its background
	layer *fyne.Container // holds box, without a layout
}

func newTipLayer() *tipLayer {
	t := &tipLayer{label: widget.NewLabel("")}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.Size(theme.SizeNameSelectionRadius)
	t.box = container.NewStack(bg, t.label)
	t.box.Hide()
	t.layer = container.NewWithoutLayout(t.box)
	return t
}

// over puts the layer above content.
func (t *tipLayer) over(content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewStack(content, t.layer)
}

// show shows text just under o, kept inside the window.
func (t *tipLayer) show(text string, o fyne.CanvasObject) {
	t.label.SetText(text)
	size := t.box.MinSize()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(t.layer))
	at.Y += o.Size().Height + 2
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		at.X = max(0, min(at.X, c.Size().Width-size.Width))
	}
	t.box.Resize(size)
	t.box.Move(at)
	t.box.Show()
}

// hide takes the label away.
func (t *tipLayer) hide() { t.box.Hide() }

// shown is the text shown, or "" when hidden.
func (t *tipLayer) shown() string {
	if !t.box.Visible() {
		return ""
	}
	return t.label.Text
}

// tipButton is an icon button that says what it does when the pointer
// rests on it.
type tipButton struct {
	widget.Button
	tip  string
	tips *tipLayer
}

var _ desktop.Hoverable = (*tipButton)(nil)

func newTipButton(icon fyne.Resource, tip string, tips *tipLayer, tapped func()) *tipButton {
	b := &tipButton{tip: tip, tips: tips}
	b.Icon, b.OnTapped = icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn shows the tip.
func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.tips.show(b.tip, b)
}

// MouseOut hides the tip.
func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.hide()
}

// Tapped hides the tip and does the button's work.
func (b *tipButton) Tapped(e *fyne.PointEvent) {
	b.tips.hide()
	b.Button.Tapped(e)
}
