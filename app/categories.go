package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// categoryPanel lists the project's categories: show or hide each, its
// symbol, name and count, and a button to edit it; new ones can be added.
// Every change is an edit that can be undone, saved in the project. It is
// built from the workspace, the language, how to edit and how to open the
// category form.
type categoryPanel struct {
	ws       *workspace.Workspace
	lang     func() string
	edit     func(annot.Change) bool
	showForm func(*annot.Category)
	add      *widget.Button
	list     *widget.List
	rows     map[fyne.CanvasObject]*categoryRow
}

type categoryRow struct {
	visible *widget.Check
	symbol  *canvas.Image
	name    *widget.Label
	edit    *widget.Button
}

func newCategoryPanel(ws *workspace.Workspace, code func() string, edit func(annot.Change) bool, showForm func(*annot.Category)) *categoryPanel {
	p := &categoryPanel{ws: ws, lang: code, edit: edit, showForm: showForm, rows: map[fyne.CanvasObject]*categoryRow{}}
	p.add = widget.NewButtonWithIcon(lang.L("Add category…"), theme.ContentAddIcon(), func() { p.showForm(nil) })
	p.list = widget.NewList(p.length, p.createRow, p.updateRow)
	return p
}

func (p *categoryPanel) content() fyne.CanvasObject {
	return container.NewBorder(p.add, nil, nil, nil, p.list)
}

func (p *categoryPanel) refresh() { p.list.Refresh() }

func (p *categoryPanel) length() int {
	if p.ws.Annotations() == nil {
		return 0
	}
	return len(p.ws.Annotations().Categories)
}

func (p *categoryPanel) createRow() fyne.CanvasObject {
	r := &categoryRow{
		visible: widget.NewCheck("", nil),
		symbol:  canvas.NewImageFromImage(nil),
		name:    widget.NewLabel(""),
		edit:    widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), nil),
	}
	r.symbol.FillMode = canvas.ImageFillContain
	r.symbol.SetMinSize(fyne.NewSize(18, 18))
	r.name.Truncation = fyne.TextTruncateEllipsis
	obj := container.NewBorder(nil, nil, container.NewHBox(r.visible, container.NewCenter(r.symbol)), r.edit, r.name)
	p.rows[obj] = r
	return obj
}

func (p *categoryPanel) updateRow(id widget.ListItemID, obj fyne.CanvasObject) {
	r, ok := p.rows[obj]
	if !ok || p.ws.Annotations() == nil || id >= len(p.ws.Annotations().Categories) {
		return
	}
	c := p.ws.Annotations().Categories[id]
	n := 0
	for _, pt := range p.ws.Annotations().Points {
		if pt.Category == c.ID {
			n++
		}
	}
	r.visible.OnChanged = nil
	r.visible.SetChecked(!c.Hidden)
	r.visible.OnChanged = func(on bool) {
		changed := c
		changed.Hidden = !on
		p.edit(annot.Change{OldCategory: &c, NewCategory: &changed})
	}
	r.symbol.Image = render.SymbolImage(render.Symbol(c.Symbol), c.Colour, mapstyle.White, 7, 1.5, 2)
	r.symbol.Refresh()
	r.name.SetText(fmt.Sprintf("%s (%d)", c.Name(p.lang()), n))
	r.edit.OnTapped = func() { p.showForm(&c) }
}

func symbolLabel(s annot.Symbol) string {
	switch s {
	case annot.Circle:
		return lang.L("Circle")
	case annot.Square:
		return lang.L("Square")
	case annot.Triangle:
		return lang.L("Triangle")
	case annot.Diamond:
		return lang.L("Diamond")
	case annot.Hexagon:
		return lang.L("Hexagon")
	case annot.Star:
		return lang.L("Star")
	case annot.Cross:
		return lang.L("Cross")
	}
	return string(s)
}
