package printmap

import (
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
)

// annotationLayers are the drawn layers of the annotations as on screen,
// except that a point without a name has no label on paper: the screen
// names it by its category ("Other"), which the legend already says.
func annotationLayers(s *annot.Set, lang string) []render.DrawLayer {
	if s == nil {
		return nil
	}
	unnamed := map[string]bool{}
	for _, pt := range s.Points {
		if pt.Name == "" {
			unnamed[pt.ID] = true
		}
	}
	var out []render.DrawLayer
	for _, l := range mapstyle.Annotations(s, lang, nil) {
		d := l.Draw
		if d.Layer != nil && len(unnamed) > 0 {
			layer := *d.Layer
			layer.Features = append(layer.Features[:0:0], layer.Features...)
			for i, id := range l.IDs {
				if unnamed[id] {
					layer.Features[i].Name = ""
				}
			}
			d.Layer = &layer
		}
		out = append(out, d)
	}
	return out
}
