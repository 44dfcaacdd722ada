package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	geoplace "github.com/khoroomap/khoroomap/geo/place"
)

// khorooEntry is one khoroo of a city file: its label with the district
// ("СБД 6-р хороо"), the text a search matches and its feature index.
type khorooEntry struct {
	label, match string
	index        int
}

// khorooPicker lists the khoroos of a city file with their districts, a
// search box narrowing the list, for a leader to pick their own.
type khorooPicker struct {
	all    []khorooEntry
	shown  []khorooEntry
	search *formEntry
	list   *widget.List
	dialog *dialog.CustomDialog
}

// khorooEntries lists a layer's khoroos in file order.
func khorooEntries(l *geo.Layer) []khorooEntry {
	var out []khorooEntry
	for i := range l.Features {
		k := geoplace.KhorooOf(&l.Features[i], l.Source)
		match := k.Label() + " " + k.Name + " " + k.District.Name + " " + k.District.Latin
		out = append(out, khorooEntry{label: k.Label(), match: match, index: i})
	}
	return out
}

// showKhorooPicker asks which khoroo of l is the leader's; picked gets
// its feature index.
func showKhorooPicker(win fyne.Window, l *geo.Layer, picked func(index int)) *khorooPicker {
	p := &khorooPicker{all: khorooEntries(l)}
	p.shown = p.all
	p.search = newEntry(nil)
	p.search.SetPlaceHolder(lang.L("Search: district or khoroo, Cyrillic or Latin"))
	p.search.OnChanged = p.filter
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(p.shown[i].label) })
	p.list.OnSelected = func(i widget.ListItemID) {
		p.dialog.Hide()
		picked(p.shown[i].index)
	}
	intro := widget.NewLabel(lang.L("This file holds many khoroos. Which one is yours?"))
	intro.Wrapping = fyne.TextWrapWord
	p.dialog = dialog.NewCustom(lang.L("Pick your khoroo"), lang.L("Cancel"), container.NewBorder(container.NewVBox(intro, p.search), nil, nil, nil, p.list), win)
	p.dialog.Resize(fyne.NewSize(460, 560))
	p.dialog.Show()
	win.Canvas().Focus(p.search)
	return p
}

// filter shows the khoroos matching the search box, all when it is empty.
func (p *khorooPicker) filter(query string) {
	p.shown = p.all
	if query != "" {
		p.shown = nil
		for _, e := range p.all {
			if geo.MatchName(e.match, query) {
				p.shown = append(p.shown, e)
			}
		}
	}
	p.list.UnselectAll()
	p.list.Refresh()
}

// onlyKhoroo is a copy of l holding its feature i alone, titled with
// the khoroo's label and district ("СБД 6-р хороо").
func onlyKhoroo(l *geo.Layer, i int) *geo.Layer {
	c := *l
	c.Features = []geo.Feature{l.Features[i]}
	c.Title = geoplace.KhorooOf(&l.Features[i], l.Source).Label()
	c.ComputeBound()
	return &c
}
