package exchange

import (
	"io"
	"strconv"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkt"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// writeCSV writes one spreadsheet-safe table of points and gaps (see
// SheetWriter): a header, then a row per annotation with its lat and lon
// (an area's inner label point) and, for areas, the whole outline as WKT.
func writeCSV(w io.Writer, s *annot.Set, opt WriteOptions) error {
	cw := NewSheetWriter(w, opt.CRLF)
	head := []string{"lat", "lon"}
	for _, f := range pointFields(s, &annot.Point{}, opt.Lang) {
		head = append(head, f.key)
	}
	cw.Write(append(head, "wkt"))
	row := func(fs []field, at orb.Point, g orb.Geometry) {
		rec := []string{num(at[1]), num(at[0])}
		for _, f := range fs {
			rec = append(rec, f.value)
		}
		shape := ""
		if _, ok := g.(orb.Polygon); ok {
			shape = wkt.MarshalString(g)
		}
		cw.Write(append(rec, shape))
	}
	for i := range s.Points {
		p := &s.Points[i]
		row(pointFields(s, p, opt.Lang), p.Location, p.Location)
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		row(gapFields(s, g, opt.Lang), anchor(g.Geometry), rightHand(g.Geometry))
	}
	return cw.Flush()
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', 7, 64) }
