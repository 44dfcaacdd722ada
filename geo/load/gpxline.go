package load

import (
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// addGPXLine adds a track (one line per segment) or a route as a line
// feature named as the file names it, dated by its first point's time.
// Segments of fewer than two points draw nothing and are left out; a
// track with none left is skipped as empty.
func (b *builder) addGPXLine(index int, l gpxLine) error {
	parts := [][]gpxPoint{l.Points}
	for _, s := range l.Segments {
		parts = append(parts, s.Points)
	}
	var lines orb.MultiLineString
	date := ""
	for _, pts := range parts {
		if len(pts) < 2 {
			continue
		}
		line := make(orb.LineString, len(pts))
		for i, w := range pts {
			at, err := b.gpxPosition(index, w)
			if err != nil {
				return err
			}
			line[i] = at
		}
		lines = append(lines, line)
		date = first(date, strings.TrimSpace(pts[0].Time))
	}
	if len(lines) == 0 {
		b.skip(whyEmpty)
		return nil
	}
	var props geo.Props
	for _, kv := range [][2]string{{"name", l.Name}, {"description", l.Desc}, {"category", l.Type}, {"date", date}} {
		if v := strings.TrimSpace(kv[1]); v != "" {
			props.Set(kv[0], v)
		}
	}
	b.lines = append(b.lines, geo.Feature{Props: props, Geometry: lines})
	b.lineIdx = append(b.lineIdx, int32(index))
	return nil
}
