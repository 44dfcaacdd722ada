package app

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
)

// tool is what a tap on the map does.
type tool int

const (
	// toolSelect: a tap selects; dragging a point or a selected area's
	// corner moves it; dragging elsewhere pans.
	toolSelect tool = iota
	// toolPoint: a tap places a service point.
	toolPoint
	// toolGapPoint: a tap marks a gap at a point.
	toolGapPoint
	// toolGapArea: taps add corners of a gap area; a double tap finishes.
	toolGapArea
)

// setTool switches the map tool and says what to do next.
func (ui *UI) setTool(t tool) {
	ui.tool = t
	ui.sketch = nil
	for k, b := range ui.toolBtns {
		if k == t {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
	ui.hint.SetText(toolHint(t, 0))
	ui.sceneChanged()
}

// cancelTool goes back to selecting, dropping a half-drawn area.
func (ui *UI) cancelTool() {
	if ui.tool != toolSelect || len(ui.sketch) > 0 {
		ui.setTool(toolSelect)
	}
}

func toolHint(t tool, corners int) string {
	switch t {
	case toolPoint:
		return lang.L("Click the map where the service point is. Esc: stop.")
	case toolGapPoint:
		return lang.L("Click the map where the gap is. Esc: stop.")
	case toolGapArea:
		if corners >= 3 {
			return lang.L("Click to add corners; double-click to finish. Backspace: remove the last corner. Esc: stop.")
		}
		return lang.L("Click the map to add the corners of the area. Esc: stop.")
	}
	return ""
}

// toolTap handles a tap in the drawing tools; in the select tool it lets
// the map select.
func (ui *UI) toolTap(ll orb.Point) bool {
	switch ui.tool {
	case toolPoint:
		ui.showPointForm(nil, ll)
	case toolGapPoint:
		ui.showGapForm(nil, ll)
	case toolGapArea:
		ui.addCorner(ll)
	default:
		return false
	}
	return true
}

// toolDoubleTap finishes an area: the double-clicked spot is its last
// corner.
func (ui *UI) toolDoubleTap(ll orb.Point) bool {
	if ui.tool != toolGapArea {
		return false
	}
	if n := len(ui.sketch); n == 0 || ui.sketch[n-1] != ll {
		ui.addCorner(ll)
	}
	ui.finishArea()
	return true
}

func (ui *UI) addCorner(ll orb.Point) {
	ui.sketch = append(ui.sketch, ll)
	ui.hint.SetText(toolHint(toolGapArea, len(ui.sketch)))
	ui.sceneChanged()
}

// removeCorner drops the last corner of the area being drawn.
func (ui *UI) removeCorner() {
	if n := len(ui.sketch); n > 0 {
		ui.sketch = ui.sketch[:n-1]
		ui.hint.SetText(toolHint(toolGapArea, len(ui.sketch)))
		ui.sceneChanged()
	}
}

// finishArea opens the gap form for the area drawn, once it has three
// corners.
func (ui *UI) finishArea() {
	if len(ui.sketch) < 3 {
		ui.status.SetText(lang.L("An area needs at least three corners."))
		return
	}
	area := annot.NewArea(ui.sketch)
	ui.sketch = nil
	ui.hint.SetText(toolHint(ui.tool, 0))
	ui.sceneChanged()
	ui.showGapForm(nil, area)
}

// Styles of what is being drawn and of the corner handles.
var (
	sketchStyle  = render.Style{Stroke: color.NRGBA{0xc6, 0x28, 0x28, 0xff}, StrokeWidth: 2, Fill: color.NRGBA{0xc6, 0x28, 0x28, 0x30}, Hatch: true}
	cornerStyle  = render.Style{Stroke: color.NRGBA{0xc6, 0x28, 0x28, 0xff}, StrokeWidth: 2, Fill: mapstyle.White, PointRadius: 5, Symbol: render.Square}
	middleStyle  = render.Style{Stroke: mapstyle.White, StrokeWidth: 1, Fill: color.NRGBA{0xc6, 0x28, 0x28, 0xb0}, PointRadius: 3.5}
	handleRadius = float32(10) // how near a press must be to a handle to take it
)

// sketchLayers draws the area being drawn, or the handles of the selected
// gap area: squares at its corners, dots half-way along its edges (drag
// one to add a corner there).
func (ui *UI) sketchLayers() []render.DrawLayer {
	var corners, middles []orb.Point
	var out []render.DrawLayer
	if ui.tool == toolGapArea && len(ui.sketch) > 0 {
		corners = ui.sketch
		if len(ui.sketch) >= 3 {
			area := annot.NewArea(ui.sketch)
			out = append(out, layerOf(geo.Polygons, sketchStyle, orb.MultiPolygon{area}))
		}
	} else if ring := ui.selectedRing(); ring != nil {
		corners = ring[:len(ring)-1]
		for k := 0; k+1 < len(ring); k++ {
			middles = append(middles, midpoint(ring[k], ring[k+1]))
		}
	}
	if len(middles) > 0 {
		out = append(out, layerOf(geo.Points, middleStyle, pointsOf(middles)...))
	}
	if len(corners) > 0 {
		out = append(out, layerOf(geo.Points, cornerStyle, pointsOf(corners)...))
	}
	return out
}

func layerOf(kind geo.Kind, st render.Style, gs ...orb.Geometry) render.DrawLayer {
	l := &geo.Layer{Kind: kind}
	for _, g := range gs {
		l.Features = append(l.Features, geo.Feature{Geometry: g})
	}
	l.ComputeBound()
	return render.DrawLayer{Layer: l, Role: geo.RoleOther, Style: st, Inert: true}
}

func pointsOf(ps []orb.Point) []orb.Geometry {
	gs := make([]orb.Geometry, len(ps))
	for i, p := range ps {
		gs[i] = p
	}
	return gs
}

func midpoint(a, b orb.Point) orb.Point { return orb.Point{(a[0] + b[0]) / 2, (a[1] + b[1]) / 2} }

// selectedRing is the outline of the selected gap area (as dragged so
// far), or nil.
func (ui *UI) selectedRing() orb.Ring {
	if ui.tool != toolSelect || ui.selectedAnnot == "" || ui.ws.Annotations() == nil {
		return nil
	}
	g, ok := ui.ws.Annotations().Gap(ui.selectedAnnot)
	if !ok {
		return nil
	}
	geom := g.Geometry
	if ui.drag != nil && ui.drag.id == g.ID {
		geom = ui.drag.geom
	}
	if poly, ok := geom.(orb.Polygon); ok && len(poly) > 0 {
		return poly[0]
	}
	return nil
}

// dragState is a point or a corner being moved.
type dragState struct {
	id     string
	corner int  // the corner moved, or -1 for a whole point
	insert bool // the corner is new, added half-way along edge corner-1
	geom   orb.Geometry
}

// dragOverrides shows the dragged geometry instead of the stored one.
func (ui *UI) dragOverrides() mapstyle.Overrides {
	if ui.drag == nil {
		return nil
	}
	return mapstyle.Overrides{ui.drag.id: ui.drag.geom}
}

// dragStart takes a drag that starts on a corner handle of the selected
// area or on a point annotation; anything else pans.
func (ui *UI) dragStart(pos fyne.Position) bool {
	if ui.tool != toolSelect || ui.ws.Annotations() == nil {
		return false
	}
	if ring := ui.selectedRing(); ring != nil {
		for k := 0; k+1 < len(ring); k++ {
			if near(ui.Map.PositionOf(ring[k]), pos, handleRadius) {
				ui.drag = &dragState{id: ui.selectedAnnot, corner: k}
				return true
			}
		}
		for k := 0; k+1 < len(ring); k++ {
			if near(ui.Map.PositionOf(midpoint(ring[k], ring[k+1])), pos, handleRadius) {
				ui.drag = &dragState{id: ui.selectedAnnot, corner: k + 1, insert: true}
				return true
			}
		}
	}
	id := ui.annotAt(ui.Map.PickAt(pos))
	if _, ok := ui.ws.Annotations().Point(id); ok {
		ui.drag = &dragState{id: id, corner: -1}
		return true
	}
	if g, ok := ui.ws.Annotations().Gap(id); ok && !g.IsArea() {
		ui.drag = &dragState{id: id, corner: -1}
		return true
	}
	return false
}

// dragMove shows the point or corner at the pointer.
func (ui *UI) dragMove(ll orb.Point) {
	d := ui.drag
	if d == nil {
		return
	}
	if d.corner < 0 {
		d.geom = ll
	} else if g, ok := ui.ws.Annotations().Gap(d.id); ok {
		d.geom = movedCorner(g.Geometry.(orb.Polygon), d.corner, d.insert, ll)
	}
	ui.sceneChanged()
}

// movedCorner returns poly with corner k of its outline at ll (inserted
// before corner k when insert is set), the ring kept closed.
func movedCorner(poly orb.Polygon, k int, insert bool, ll orb.Point) orb.Polygon {
	out := poly.Clone()
	ring := out[0][:len(out[0])-1] // open
	if insert {
		ring = append(ring[:k], append([]orb.Point{ll}, ring[k:]...)...)
	} else {
		ring[k] = ll
	}
	out[0] = append(ring, ring[0])
	return out
}

// dragEnd saves the move as one edit.
func (ui *UI) dragEnd() {
	d := ui.drag
	ui.drag = nil
	if d == nil || d.geom == nil {
		ui.sceneChanged()
		return
	}
	if p, ok := ui.ws.Annotations().Point(d.id); ok {
		moved := p
		moved.Location = d.geom.(orb.Point)
		ui.edit(annot.Change{OldPoint: &p, NewPoint: &moved})
		return
	}
	if g, ok := ui.ws.Annotations().Gap(d.id); ok {
		moved := g
		moved.Geometry = d.geom
		ui.edit(annot.Change{OldGap: &g, NewGap: &moved})
	}
}

func near(a, b fyne.Position, r float32) bool {
	return math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)) <= float64(r)
}
