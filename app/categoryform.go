package app

import (
	"errors"
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
)

// categoryForm adds or edits a category: its names in both languages,
// symbol and colour.
type categoryForm struct {
	env    *formEnv
	old    *annot.Category
	nameMN *formEntry
	nameEN *formEntry
	symbol *formSelect
	colour color.NRGBA
	swatch *canvas.Rectangle
	form   checkedForm
}

// showCategoryForm opens the form for a new category (old nil) or for
// editing old.
func (ui *UI) showCategoryForm(old *annot.Category) *categoryForm {
	ui.categoryForm = newCategoryForm(ui.forms(), old)
	return ui.categoryForm
}

// newCategoryForm builds and opens the category form; Save waits for a
// name in either language.
func newCategoryForm(env *formEnv, old *annot.Category) *categoryForm {
	f := &categoryForm{env: env, old: old, colour: color.NRGBA{0x00, 0x89, 0x7b, 0xff}}
	f.nameMN = newEntry(func(string) { f.form.recheck() })
	f.nameEN = newEntry(func(string) { f.form.recheck() })
	f.symbol = newSelect(labelsOf(annot.Symbols, symbolLabel), nil)
	f.symbol.SetSelected(symbolLabel(annot.Circle))
	if old != nil {
		f.nameMN.SetText(old.NameMN)
		f.nameEN.SetText(old.NameEN)
		f.symbol.SetSelected(symbolLabel(old.Symbol))
		f.colour = old.Colour
	}
	f.swatch = canvas.NewRectangle(f.colour)
	f.swatch.SetMinSize(fyne.NewSize(24, 24))
	pick := widget.NewButtonWithIcon(lang.L("Colour…"), theme.ColorPaletteIcon(), f.pickColour)
	f.form.add(lang.L("Name (Mongolian)"), f.nameMN, f.checkName)
	f.form.add(lang.L("Name (English)"), f.nameEN, nil)
	f.form.add(lang.L("Symbol"), f.symbol, nil)
	f.form.add(lang.L("Colour"), container.NewHBox(f.swatch, pick), nil)
	title := lang.L("New category")
	if old != nil {
		title = lang.L("Edit category")
	}
	f.form.show(title, env.win, fyne.NewSize(440, 360), f.submit)
	return f
}

// pickColour opens a colour picker for the category's symbol.
func (f *categoryForm) pickColour() {
	d := dialog.NewColorPicker(lang.L("Colour"), "", func(c color.Color) {
		f.colour = color.NRGBAModel.Convert(c).(color.NRGBA)
		f.colour.A = 0xff
		f.swatch.FillColor = f.colour
		f.swatch.Refresh()
	}, f.env.win)
	d.Advanced = true
	d.Show()
}

// checkName asks for a name, in either language.
func (f *categoryForm) checkName() error {
	if strings.TrimSpace(f.nameMN.Text) == "" && strings.TrimSpace(f.nameEN.Text) == "" {
		return errors.New(lang.L("A category needs a name."))
	}
	return nil
}

// submit saves the category; a new one gets an ID from its name.
func (f *categoryForm) submit() bool {
	c := annot.Category{}
	if f.old != nil {
		c = *f.old
	}
	c.NameMN, c.NameEN = strings.TrimSpace(f.nameMN.Text), strings.TrimSpace(f.nameEN.Text)
	c.Symbol = valueOf(annot.Symbols, symbolLabel, f.symbol.Selected)
	c.Colour = f.colour
	if f.old == nil {
		c.ID = f.env.newCategoryID(c)
	}
	if !f.form.recheck() || c.Validate() != nil {
		return false
	}
	return f.env.edit(annot.Change{OldCategory: f.old, NewCategory: &c})
}

// newCategoryID makes a free ID from a category's name, in Latin letters.
func (e *formEnv) newCategoryID(c annot.Category) string {
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
		if _, taken := e.ws.Annotations().Category(try); !taken {
			return try
		}
		try = fmt.Sprintf("%s_%d", id, k)
	}
}
