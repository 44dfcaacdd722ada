package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
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

// categoryForm adds or edits a category: its names in both languages,
// symbol and colour.
type categoryForm struct {
	ui     *UI
	old    *annot.Category
	nameMN *widget.Entry
	nameEN *widget.Entry
	symbol *widget.Select
	colour color.NRGBA
	swatch *canvas.Rectangle
	dialog *dialog.FormDialog
}

func (ui *UI) showCategoryForm(old *annot.Category) *categoryForm {
	f := &categoryForm{ui: ui, old: old, nameMN: widget.NewEntry(), nameEN: widget.NewEntry(), colour: color.NRGBA{0x00, 0x89, 0x7b, 0xff}}
	var symbols []string
	for _, s := range annot.Symbols {
		symbols = append(symbols, symbolLabel(s))
	}
	f.symbol = widget.NewSelect(symbols, nil)
	f.symbol.SetSelected(symbolLabel(annot.Circle))
	if old != nil {
		f.nameMN.SetText(old.NameMN)
		f.nameEN.SetText(old.NameEN)
		f.symbol.SetSelected(symbolLabel(old.Symbol))
		f.colour = old.Colour
	}
	f.swatch = canvas.NewRectangle(f.colour)
	f.swatch.SetMinSize(fyne.NewSize(24, 24))
	pick := widget.NewButtonWithIcon(lang.L("Colour…"), theme.ColorPaletteIcon(), func() {
		d := dialog.NewColorPicker(lang.L("Colour"), "", func(c color.Color) {
			f.colour = color.NRGBAModel.Convert(c).(color.NRGBA)
			f.colour.A = 0xff
			f.swatch.FillColor = f.colour
			f.swatch.Refresh()
		}, ui.win)
		d.Advanced = true
		d.Show()
	})
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Name (Mongolian)"), f.nameMN),
		widget.NewFormItem(lang.L("Name (English)"), f.nameEN),
		widget.NewFormItem(lang.L("Symbol"), f.symbol),
		widget.NewFormItem(lang.L("Colour"), container.NewHBox(f.swatch, pick)),
	}
	title := lang.L("New category")
	if old != nil {
		title = lang.L("Edit category")
	}
	f.dialog = dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if ok && !f.submit() {
			f.dialog.Show() // keep what was typed; the error says what to fix
		}
	}, ui.win)
	f.dialog.Resize(fyne.NewSize(420, 320))
	f.dialog.Show()
	ui.categoryForm = f
	return f
}

// submit saves the category; a new one gets an ID from its name.
func (f *categoryForm) submit() bool {
	c := annot.Category{}
	if f.old != nil {
		c = *f.old
	}
	c.NameMN, c.NameEN = strings.TrimSpace(f.nameMN.Text), strings.TrimSpace(f.nameEN.Text)
	for _, s := range annot.Symbols {
		if symbolLabel(s) == f.symbol.Selected {
			c.Symbol = s
		}
	}
	c.Colour = f.colour
	if f.old == nil {
		c.ID = f.ui.newCategoryID(c)
	}
	if err := c.Validate(); err != nil {
		dialog.ShowError(fmt.Errorf("%s", lang.L("A category needs a name.")), f.ui.win)
		return false
	}
	if !f.ui.edit(annot.Change{OldCategory: f.old, NewCategory: &c}) {
		return false
	}
	f.ui.categoryForm = nil
	return true
}

// newCategoryID makes a free ID from a category's name, in Latin letters.
func (ui *UI) newCategoryID(c annot.Category) string {
	base := strings.Builder{}
	name := c.NameEN
	if name == "" {
		name = c.NameMN
	}
	for _, r := range geo.Transliterate(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			base.WriteRune(r)
		case base.Len() > 0 && !strings.HasSuffix(base.String(), "_"):
			base.WriteByte('_')
		}
	}
	id := strings.Trim(base.String(), "_")
	if id == "" {
		id = "category"
	}
	id = id[:min(len(id), 32)]
	for k, try := 2, id; ; k++ {
		if _, taken := ui.ws.Annotations().Category(try); !taken {
			return try
		}
		try = fmt.Sprintf("%s_%d", id, k)
	}
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
