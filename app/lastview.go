package app

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

// prefViewPrefix starts the preference key holding a project file's last
// view; the file's path follows it.
const prefViewPrefix = "lastView:"

// encodeView writes a view as "lon,lat,zoom": numbers, no words.
func encodeView(center orb.Point, zoom float64) string {
	return fmt.Sprintf("%.6f,%.6f,%.2f", center[0], center[1], zoom)
}

// decodeView reads encodeView's text; false for anything else, or a view
// off the map (the settings file is hostile like any other).
func decodeView(s string) (orb.Point, float64, bool) {
	parts := strings.Split(s, ",")
	if len(parts) != 3 {
		return orb.Point{}, 0, false
	}
	var v [3]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return orb.Point{}, 0, false
		}
		v[i] = f
	}
	if math.Abs(v[0]) > 180 || math.Abs(v[1]) > 85 || v[2] < render.MinZoom || v[2] > render.MaxZoom {
		return orb.Point{}, 0, false
	}
	return orb.Point{v[0], v[1]}, v[2], true
}

// rememberView stores the map's view for the open project file.
func (ui *UI) rememberView() {
	if ui.ws.Project() == nil || !ui.Map.HasView() {
		return
	}
	v := ui.Map.View()
	ui.prefs().SetString(prefViewPrefix+ui.ws.Project().Path(), encodeView(v.Center, v.Zoom))
}

// restoreView moves the map to the open project's last view; false when
// there is none.
func (ui *UI) restoreView() bool {
	if ui.ws.Project() == nil {
		return false
	}
	c, z, ok := decodeView(ui.prefs().String(prefViewPrefix + ui.ws.Project().Path()))
	if ok {
		ui.Map.SetView(c, z)
	}
	return ok
}
