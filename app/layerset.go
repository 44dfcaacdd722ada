package app

import (
	"image/color"
	"slices"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/store"
)

// mapLayer is a loaded layer with how the user wants it shown.
type mapLayer struct {
	layer  *geo.Layer
	role   geo.Role
	style  render.Style
	hidden bool
	fields []string // the layer's property keys, listed once
	// table is the layer's table in the project file ("" while unsaved).
	table string
	// coloured says the user picked the colour (it is saved).
	coloured bool
	// labels, labelsOf: see khorooLabels.
	labels   []string
	labelsOf string
}

// layerSet is the ordered list of loaded layers, bottom first, and the
// selection. Not safe for concurrent use: it lives on the UI goroutine.
type layerSet struct {
	list     []*mapLayer
	selected render.Selection
	changed  func()
	// saved, when set, is told of every change the project file should
	// keep: how a layer is shown (names: its feature names too), or that it
	// was removed.
	saved func(ml *mapLayer, what layerChange)
}

// layerChange says what changed about a layer.
type layerChange int

const (
	layerStyled layerChange = iota
	layerRoled
	layerRenamed
	layerRemoved
)

func (s *layerSet) save(ml *mapLayer, what layerChange) {
	if s.saved != nil && ml.table != "" {
		s.saved(ml, what)
	}
}

// reset empties the list, as when another project is opened.
func (s *layerSet) reset() {
	s.list = nil
	s.selected = render.None
}

// addStored adds a layer read from the project file, as it was shown.
func (s *layerSet) addStored(sl store.Layer) {
	i := s.insert(sl.Layer, sl.Role)
	ml := s.list[i]
	ml.table, ml.hidden = sl.Table, sl.Hidden
	if sl.Colour.A != 0 {
		s.recolour(ml, sl.Colour)
	}
}

func newLayerSet(changed func()) *layerSet {
	return &layerSet{selected: render.None, changed: changed}
}

// drawOrder puts districts at the bottom, then ger-area fills, kheseg
// lines, the strong khoroo outline over them, and points on top.
var drawOrder = map[geo.Role]int{geo.RoleDistrict: 0, geo.RoleOther: 1, geo.RoleGerArea: 2, geo.RoleKheseg: 3, geo.RoleKhoroo: 4, geo.RolePoints: 5}

// add inserts a layer above the others of its kind and returns its index.
func (s *layerSet) add(l *geo.Layer, role geo.Role) int {
	i := s.insert(l, role)
	s.changed()
	return i
}

func (s *layerSet) insert(l *geo.Layer, role geo.Role) int {
	ml := &mapLayer{layer: l, fields: l.Fields()}
	s.setRole(ml, role)
	i := len(s.list)
	for i > 0 && drawOrder[s.list[i-1].role] > drawOrder[ml.role] {
		i--
	}
	s.list = slices.Insert(s.list, i, ml)
	s.selected = render.None
	return i
}

// setRole gives a layer a role and that role's style; a second layer of the
// same role gets the next palette colour so the two can be told apart.
func (s *layerSet) setRole(ml *mapLayer, r geo.Role) {
	ml.role = r
	ml.style = render.DefaultStyle(r)
	same := 0
	for _, o := range s.list {
		if o != ml && o.role == r {
			same++
		}
	}
	if same > 0 && r != geo.RolePoints {
		ml.style = ml.style.Recoloured(r, render.Palette[(same+int(r))%len(render.Palette)])
	}
}

// changeRole switches layer i to role r, keeping the list in draw order.
func (s *layerSet) changeRole(i int, r geo.Role) {
	ml := s.list[i]
	s.list = slices.Delete(s.list, i, i+1)
	s.setRole(ml, r)
	j := len(s.list)
	for j > 0 && drawOrder[s.list[j-1].role] > drawOrder[r] {
		j--
	}
	s.list = slices.Insert(s.list, j, ml)
	s.selected = render.None
	ml.coloured = false // the role's colour replaces the picked one
	s.save(ml, layerRoled)
	s.changed()
}

// setColour recolours layer i: the outline of areas (and their fill, at
// its own transparency), the symbol of points.
func (s *layerSet) setColour(i int, c color.NRGBA) {
	s.recolour(s.list[i], c)
	s.save(s.list[i], layerStyled)
	s.changed()
}

func (s *layerSet) recolour(ml *mapLayer, c color.NRGBA) {
	ml.style = ml.style.Recoloured(ml.role, c)
	ml.coloured = true
}

// colour is the colour the user picked for a layer, or none.
func (ml *mapLayer) colour() color.NRGBA {
	switch {
	case !ml.coloured:
		return color.NRGBA{}
	case ml.role == geo.RolePoints:
		return ml.style.Fill
	}
	return ml.style.Stroke
}

// setNameField names layer i's features from another property.
func (s *layerSet) setNameField(i int, field string) {
	s.list[i].layer.SetNameField(field)
	s.save(s.list[i], layerRenamed)
	s.changed()
}

// remove drops layer i.
func (s *layerSet) remove(i int) {
	ml := s.list[i]
	s.list = slices.Delete(s.list, i, i+1)
	s.save(ml, layerRemoved)
	s.selected = render.None
	s.changed()
}

// setHidden shows or hides layer i.
func (s *layerSet) setHidden(i int, hidden bool) {
	s.list[i].hidden = hidden
	s.save(s.list[i], layerStyled)
	s.changed()
}

// scene is what the map should draw.
func (s *layerSet) scene() render.Scene {
	sc := render.Scene{Selected: s.selected}
	for _, ml := range s.list {
		sc.Layers = append(sc.Layers, render.DrawLayer{Layer: ml.layer, Role: ml.role, Style: ml.style, Hidden: ml.hidden, Labels: ml.khorooLabels()})
	}
	return sc
}

// bound is the extent of the visible layers.
func (s *layerSet) bound() (orb.Bound, bool) {
	var b orb.Bound
	ok := false
	for _, ml := range s.list {
		if ml.hidden {
			continue
		}
		if !ok {
			b, ok = ml.layer.Bound, true
		} else {
			b = b.Union(ml.layer.Bound)
		}
	}
	return b, ok
}

// feature returns the selected feature and its layer, or nil.
func (s *layerSet) feature(sel render.Selection) (*geo.Layer, *geo.Feature) {
	if sel.Layer < 0 || sel.Layer >= len(s.list) {
		return nil, nil
	}
	l := s.list[sel.Layer].layer
	if sel.Feature < 0 || sel.Feature >= len(l.Features) {
		return nil, nil
	}
	return l, &l.Features[sel.Feature]
}

// coverageLayers are the layers as coverage takes them (see
// coverage.AreasOfRole).
func (s *layerSet) coverageLayers() []coverage.Layer {
	out := make([]coverage.Layer, len(s.list))
	for i, ml := range s.list {
		out[i] = coverage.Layer{Layer: ml.layer, Role: ml.role, Hidden: ml.hidden}
	}
	return out
}
