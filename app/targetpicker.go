package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
)

// targetPicker picks a service point or a gap from hundreds: a search
// box narrowing a list grouped under headings (see photoTargets), as the
// khoroo picker does. Used from the UI goroutine.
type targetPicker struct {
	all, shown []target
	search     *widget.Entry
	list       *widget.List
	dialog     *dialog.CustomDialog
}

// showTargetPicker asks which annotation of all to take; picked gets its ID.
func showTargetPicker(win fyne.Window, title string, all []target, picked func(id string)) *targetPicker {
	p := &targetPicker{all: all, shown: all}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(lang.L("Search: name, category, gap kind, kheseg or notes"))
	p.search.OnChanged = p.filter
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { p.row(p.shown[i], o.(*widget.Label)) })
	p.list.OnSelected = func(i widget.ListItemID) {
		if p.shown[i].heading() {
			p.list.Unselect(i)
			return
		}
		p.dialog.Hide()
		picked(p.shown[i].id)
	}
	p.dialog = dialog.NewCustom(title, lang.L("Cancel"), container.NewBorder(p.search, nil, nil, nil, p.list), win)
	p.dialog.Resize(fyne.NewSize(620, 520)) // wide enough for a row's places
	p.dialog.Show()
	win.Canvas().Focus(p.search)
	return p
}

// row shows a target: a heading in bold, an annotation indented below it
// with the places it lies in and how far it is from where the photo was
// likely taken, so that kiosks of one name are told apart.
func (p *targetPicker) row(t target, l *widget.Label) {
	l.TextStyle.Bold = t.heading()
	if t.heading() {
		l.SetText(t.label)
		return
	}
	var about []string
	for _, s := range []string{t.where, t.far} {
		if s != "" {
			about = append(about, s)
		}
	}
	if len(about) == 0 {
		l.SetText("    " + t.label)
		return
	}
	l.SetText("    " + t.label + " — " + strings.Join(about, " · "))
}

// filter shows the annotations matching the search box under their
// headings (a heading with none left goes too), all when it is empty.
func (p *targetPicker) filter(query string) {
	p.shown = p.all
	if query != "" {
		p.shown = nil
		var heading *target
		for i, t := range p.all {
			switch {
			case t.heading():
				heading = &p.all[i]
			case geo.MatchName(t.match, query):
				if heading != nil {
					p.shown, heading = append(p.shown, *heading), nil
				}
				p.shown = append(p.shown, t)
			}
		}
	}
	p.list.UnselectAll()
	p.list.Refresh()
}
