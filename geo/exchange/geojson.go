package exchange

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// writeGeoJSON writes one FeatureCollection: service points, then gaps;
// empty attributes are left out, the others keep their order.
func writeGeoJSON(w io.Writer, s *annot.Set, opt WriteOptions) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"type":"FeatureCollection","name":"Khoroo Map annotations","features":[`)
	n := 0
	put := func(g orb.Geometry, fs []field) {
		if n > 0 {
			bw.WriteString(",")
		}
		n++
		bw.WriteString("\n" + `{"type":"Feature","properties":{`)
		k := 0
		for _, f := range fs {
			if f.value == "" {
				continue
			}
			if k > 0 {
				bw.WriteByte(',')
			}
			k++
			key, _ := json.Marshal(f.key)
			val, _ := json.Marshal(f.value)
			bw.Write(key)
			bw.WriteByte(':')
			bw.Write(val)
		}
		bw.WriteString(`},"geometry":` + geometryJSON(g) + "}")
	}
	for i := range s.Points {
		put(s.Points[i].Location, pointFields(s, &s.Points[i], opt.Lang))
	}
	for i := range s.Gaps {
		put(rightHand(s.Gaps[i].Geometry), gapFields(s, &s.Gaps[i], opt.Lang))
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// geometryJSON writes a point or a polygon as a GeoJSON geometry.
func geometryJSON(g orb.Geometry) string {
	pos := func(p orb.Point) string { return "[" + num(p[0]) + "," + num(p[1]) + "]" }
	switch g := g.(type) {
	case orb.Point:
		return `{"type":"Point","coordinates":` + pos(g) + "}"
	case orb.Polygon:
		var rings []string
		for _, r := range g {
			var ps []string
			for _, p := range r {
				ps = append(ps, pos(p))
			}
			rings = append(rings, "["+strings.Join(ps, ",")+"]")
		}
		return `{"type":"Polygon","coordinates":[` + strings.Join(rings, ",") + "]}"
	}
	return "null"
}
