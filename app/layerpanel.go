package app

import (
	"fmt"
	"image/color"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// layerPanel lists the loaded layers: a visibility check, a colour swatch,
// the name and feature count, what kind of layer it is, which property
// names its features, and a remove button. It is built from the layers it
// lists, the window (for the colour picker), and what zoom and remove do.
type layerPanel struct {
	layers *layerSet
	win    fyne.Window
	fit    func(orb.Bound)
	remove func(i int)
	list   *widget.List
	rows   map[fyne.CanvasObject]*layerRow // the widgets of each row object
}

func newLayerPanel(layers *layerSet, win fyne.Window, fit func(orb.Bound), remove func(i int)) *layerPanel {
	p := &layerPanel{layers: layers, win: win, fit: fit, remove: remove, rows: map[fyne.CanvasObject]*layerRow{}}
	p.list = widget.NewList(p.length, p.createRow, p.updateRow)
	return p
}

func (p *layerPanel) content() fyne.CanvasObject {
	title := widget.NewLabelWithStyle(lang.L("Layers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(title, nil, nil, nil, p.list)
}

func (p *layerPanel) refresh() { p.list.Refresh() }

// length lists layers top first, as map programs do.
func (p *layerPanel) length() int { return len(p.layers.list) }

func (p *layerPanel) index(row int) int { return len(p.layers.list) - 1 - row }

// layerRow is one row of the list; its widgets are kept for tests.
type layerRow struct {
	visible   *widget.Check
	swatch    *canvas.Rectangle
	name      *widget.Label
	role      *widget.Select
	nameField *widget.Select
	remove    *widget.Button
	zoom      *widget.Button
	colour    *widget.Button
}

func (p *layerPanel) createRow() fyne.CanvasObject {
	r := &layerRow{
		visible:   widget.NewCheck("", nil),
		swatch:    canvas.NewRectangle(color.Black),
		name:      widget.NewLabel(""),
		role:      widget.NewSelect(nil, nil),
		nameField: widget.NewSelect(nil, nil),
		remove:    widget.NewButtonWithIcon("", theme.DeleteIcon(), nil),
		zoom:      widget.NewButtonWithIcon("", theme.ZoomFitIcon(), nil),
		colour:    widget.NewButtonWithIcon("", theme.ColorPaletteIcon(), nil),
	}
	r.swatch.SetMinSize(fyne.NewSize(14, 14))
	r.swatch.CornerRadius = 3
	r.name.Truncation = fyne.TextTruncateEllipsis
	top := container.NewBorder(nil, nil, container.NewHBox(r.visible, container.NewCenter(r.swatch)), container.NewHBox(r.colour, r.zoom, r.remove), r.name)
	row := container.NewVBox(top, container.NewGridWithColumns(2, r.role, r.nameField))
	p.rows[row] = r
	return row
}

func (p *layerPanel) updateRow(id widget.ListItemID, obj fyne.CanvasObject) {
	r, ok := p.rows[obj]
	i := p.index(id)
	if !ok || i < 0 || i >= len(p.layers.list) {
		return
	}
	ml := p.layers.list[i]
	r.visible.OnChanged = nil
	r.visible.SetChecked(!ml.hidden)
	r.visible.OnChanged = func(on bool) { p.layers.setHidden(i, !on) }
	r.swatch.FillColor = ml.style.Stroke
	if ml.role == geo.RolePoints {
		r.swatch.FillColor = ml.style.Fill
	}
	r.swatch.Refresh()
	r.name.SetText(fmt.Sprintf("%s (%d)", layerTitle(ml.layer), len(ml.layer.Features)))
	r.role.OnChanged = nil
	r.role.Options = roleLabels(ml.role == geo.RolePoints)
	r.role.SetSelected(roleLabel(ml.role))
	r.role.OnChanged = func(s string) { p.layers.changeRole(i, roleFromLabel(s)) }
	if ml.role == geo.RolePoints {
		r.role.Disable()
	} else {
		r.role.Enable()
	}
	r.nameField.OnChanged = nil
	r.nameField.Options = ml.fields
	r.nameField.PlaceHolder = lang.L("(name field)")
	r.nameField.SetSelected(ml.layer.NameField)
	r.nameField.OnChanged = func(f string) { p.layers.setNameField(i, f) }
	r.remove.OnTapped = func() { p.remove(i) }
	r.colour.OnTapped = func() { p.pickColour(i) }
	r.zoom.OnTapped = func() { p.fit(ml.layer.Bound) }
}

// pickColour asks for a new colour for layer i: the outline of areas, the
// symbol of points (a fill keeps its transparency).
func (p *layerPanel) pickColour(i int) {
	ml := p.layers.list[i]
	d := dialog.NewColorPicker(lang.L("Layer colour"), layerTitle(ml.layer), func(c color.Color) {
		p.layers.setColour(i, color.NRGBAModel.Convert(c).(color.NRGBA))
	}, p.win)
	d.Advanced = true
	d.Show()
}

// layerTitle is the file name of a layer.
func layerTitle(l *geo.Layer) string { return filepath.Base(l.Source) }

// roleLabel is the translated name of a role.
func roleLabel(r geo.Role) string {
	return map[geo.Role]string{
		geo.RoleKhoroo: lang.L("Khoroo"), geo.RoleKheseg: lang.L("Kheseg"), geo.RoleGerArea: lang.L("Ger area"),
		geo.RoleDistrict: lang.L("District"), geo.RoleOther: lang.L("Other areas"), geo.RolePoints: lang.L("Points"),
	}[r]
}

// roleLabels lists the roles a layer can take: a points layer is points,
// a polygon layer any of the others.
func roleLabels(points bool) []string {
	if points {
		return []string{roleLabel(geo.RolePoints)}
	}
	var out []string
	for _, r := range geo.Roles {
		if r != geo.RolePoints {
			out = append(out, roleLabel(r))
		}
	}
	return out
}

func roleFromLabel(s string) geo.Role {
	for _, r := range geo.Roles {
		if roleLabel(r) == s {
			return r
		}
	}
	return geo.RoleOther
}
