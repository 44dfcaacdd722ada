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
