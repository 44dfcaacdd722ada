package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// infoPanel shows the selected feature: its name, its area and every
// property it has.
type infoPanel struct {
	title *widget.Label
	area  *widget.Label
	props *widget.Form
	box   *fyne.Container
}

func newInfoPanel() *infoPanel {
	p := &infoPanel{
		title: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		area:  widget.NewLabel(""),
		props: widget.NewForm(),
	}
	p.title.Wrapping = fyne.TextWrapWord
	p.area.Wrapping = fyne.TextWrapWord
	p.box = container.NewVBox(p.title, p.area, p.props)
	p.show(nil, nil)
	return p
}

func (p *infoPanel) content() fyne.CanvasObject {
	return container.NewVScroll(p.box)
}

// show fills the panel with a feature, or a hint when f is nil.
func (p *infoPanel) show(l *geo.Layer, f *geo.Feature) {
	p.props.Items = nil
	if f == nil {
		p.title.SetText(lang.L("Nothing selected"))
		p.area.SetText(lang.L("Click an area or a point on the map to see its details."))
		p.props.Refresh()
		return
	}
	p.title.SetText(f.Name)
	p.area.SetText(areaText(f.Geometry) + "\n" + layerTitle(l))
	for _, kv := range f.Props {
		v := widget.NewLabel(geo.FormatValue(kv.Value))
		v.Wrapping = fyne.TextWrapWord
		p.props.Append(kv.Key, v)
	}
	p.props.Refresh()
}

// areaText gives a polygon's area in hectares (on the sphere, not in
// degrees) or a point's coordinates.
func areaText(g orb.Geometry) string {
	if pt, ok := g.(orb.Point); ok {
		return formatLonLat(pt)
	}
	ha := geo.Area(g) / 10000
	return lang.L("Area") + ": " + fmt.Sprintf("%.2f ha (%.3f km²)", ha, ha/100)
}
