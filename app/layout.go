package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// leftTabs are the tabs of the left panel, wrapped so the panel is never
// narrower than the strip naming all of them: on a small screen the split
// gives the map less room rather than hiding a tab under "…" (where,
// when chosen, the strip shows no name).
func leftTabs(items ...*container.TabItem) (*container.AppTabs, fyne.CanvasObject) {
	tabs := container.NewAppTabs(items...)
	labels := make([]string, len(items))
	for i, it := range items {
		labels[i] = it.Text
	}
	return tabs, container.New(minWidth{func() float32 { return tabStripWidth(labels) }}, tabs)
}

// tabStripWidth is how wide a strip of text-only tabs is, as Fyne lays it
// out: each label with inner padding on both sides, padding between.
func tabStripWidth(labels []string) float32 {
	th := fyne.CurrentApp().Settings().Theme()
	inner, pad := th.Size(theme.SizeNameInnerPadding), th.Size(theme.SizeNamePadding)
	w := float32(0)
	for i, l := range labels {
		w += fyne.MeasureText(l, th.Size(theme.SizeNameText), fyne.TextStyle{Bold: true}).Width + 2*inner // as a tab draws it
		if i > 0 {
			w += pad
		}
	}
	return w + 1 // rounding
}

// minWidth lays out one object over the whole space and asks for at
// least width() of it.
type minWidth struct{ width func() float32 }

// Layout gives every object the whole space.
func (m minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

// MinSize is the objects' own, widened to width().
func (m minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(m.width(), 0)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// infoWidth is the right panel's width: wide enough for a name, a date
// or a coordinate on one line beside its label, and for its buttons.
const infoWidth = 300

// fixedWidth lays out one object over the whole space and asks for
// exactly its width, whatever the object wants: a panel that keeps its
// width when what it shows changes, so the map beside it does not jump.
type fixedWidth float32

// Layout gives every object the whole space.
func (w fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	minWidth{}.Layout(objs, size)
}

// MinSize is the width, and the objects' own height.
func (w fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(float32(w), 0)
	for _, o := range objs {
		s.Height = max(s.Height, o.MinSize().Height)
	}
	return s
}
