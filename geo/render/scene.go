package render

import "github.com/khoroomap/khoroomap/geo"

// DrawLayer is one layer as the renderer should draw it.
type DrawLayer struct {
	Layer  *geo.Layer
	Role   geo.Role
	Style  Style
	Hidden bool
	// Inert layers are drawn but never picked (shading, handles).
	Inert bool
	// Labels, when not nil, are printed instead of the features' names
	// (one per feature, in order; "" leaves one unlabelled).
	Labels []string
}

// Label is the text feature i is labelled with.
func (dl DrawLayer) Label(i int) string {
	if dl.Labels != nil {
		if i < len(dl.Labels) {
			return dl.Labels[i]
		}
		return ""
	}
	return dl.Layer.Features[i].Name
}

// Selection names one feature of one layer in a Scene; Layer is -1 when
// nothing is selected.
type Selection struct {
	Layer, Feature int
}

// None is the empty selection.
var None = Selection{Layer: -1, Feature: -1}

// Scene is everything to draw: layers from the bottom up, and what is
// selected.
type Scene struct {
	Layers   []DrawLayer
	Selected Selection
}
