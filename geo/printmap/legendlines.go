package printmap

import (
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// lineItem is the legend entry of a layer of lines: its line as drawn,
// and its name.
func lineItem(dl render.DrawLayer) legendItem {
	st := dl.Style
	st.StrokeWidth = render.LineWidth(st)
	return legendItem{kind: keyLine, style: st, label: lineName(dl.Layer), count: -1, onMap: -1}
}

// lineName names a layer of lines: the title its file gives, else the
// name of its one track, else its file's name without the extension.
func lineName(l *geo.Layer) string {
	if t := strings.TrimSpace(l.Title); t != "" {
		return t
	}
	if len(l.Features) == 1 && strings.TrimSpace(l.Features[0].Name) != "" && l.NameField != "" {
		return l.Features[0].Name
	}
	base := filepath.Base(l.Source)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
