package exchange

import (
	"io"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Format is an export file format.
type Format string

// The export formats.
const (
	GeoJSON Format = "GeoJSON"
	CSV     Format = "CSV"
	KML     Format = "KML"
	// KMZ is the KML zipped with the photos, for Google Earth.
	KMZ Format = "KMZ"
	// ShapefileZip is a zip of Shapefiles with the photos, for offices
	// running QGIS or ArcMap.
	ShapefileZip Format = "Shapefile"
)

// Formats are the export formats, as a window offers them.
var Formats = []Format{GeoJSON, CSV, KML, KMZ, ShapefileZip}

// Ext is the file name extension of format f (".geojson").
func (f Format) Ext() string {
	if f == ShapefileZip {
		return ".zip"
	}
	return "." + strings.ToLower(string(f))
}

// FormatOf tells the export format from a file name's extension.
func FormatOf(path string) (Format, error) {
	switch ext := strings.ToLower(path[strings.LastIndex(path, ".")+1:]); ext {
	case "geojson", "json":
		return GeoJSON, nil
	case "csv":
		return CSV, nil
	case "kml":
		return KML, nil
	case "kmz":
		return KMZ, nil
	case "zip":
		return ShapefileZip, nil
	}
	return "", words.Errorf("exchange: %s: annotations export to .geojson, .csv, .kml, .kmz or .zip", path)
}

// WriteOptions tune an export.
type WriteOptions struct {
	// Lang is the language of category names and review reasons: "mn" or
	// "en".
	Lang string
	// CRLF ends CSV lines with CR LF, as Windows programs expect.
	CRLF bool
	// Photos reads the photos a KMZ or a Shapefile zip holds; nil leaves
	// them out.
	Photos PhotoData
	// LeftOut, when set, is told of each photo Photos cannot read, in one
	// line; the export then goes on without it (not named in the KML, the
	// Shapefiles' photos column or the zip). Unset, such a photo fails the
	// export.
	LeftOut func(error)
}

// Write exports every service point and gap of s in format f; a KMZ or
// a Shapefile zip with the photos opt.Photos reads.
func Write(w io.Writer, s *annot.Set, f Format, opt WriteOptions) error {
	switch f {
	case GeoJSON:
		return writeGeoJSON(w, s, opt)
	case CSV:
		return writeCSV(w, s, opt)
	case KML:
		return writeKML(w, s, opt)
	case KMZ:
		return WriteKMZ(w, s, opt, opt.Photos)
	case ShapefileZip:
		return WriteShapefileZip(w, s, opt, opt.Photos)
	}
	return words.Errorf("exchange: unknown format %q", f)
}

// field is one exported attribute.
type field struct{ key, value string }

// pointFields lists a service point's attributes in export order: codes
// for programs (an import reads them back), words in lang for people,
// label among them: what the window calls the point, its name or else its
// category's (a label for QGIS; an import never takes it for a name).
func pointFields(s *annot.Set, p *annot.Point, lang string) []field {
	cat, _ := s.Category(p.Category)
	return append([]field{
		{"annotation", "service_point"}, {"uuid", p.ID}, {"category", p.Category}, {"category_name", cat.Name(lang)},
		{"name", p.Name}, {"label", mapstyle.PointName(cat, p, lang)}, {"status", string(p.Status)}, {"notes", p.Notes}, {"observed", p.Observed},
		{"recorded_by", p.RecordedBy},
		{"kind", ""}, {"service", ""}, {"severity", ""}, {"raised_by", ""}, {"raised", ""},
	}, metaFields(p.Meta, p.Places, lang)...)
}

// gapFields lists a gap's attributes in the same columns as a point's;
// its label is its kind (and missing service) in lang, as the window
// says it.
func gapFields(s *annot.Set, g *annot.Gap, lang string) []field {
	service := ""
	if c, ok := s.Category(g.Service); ok {
		service = c.Name(lang)
	}
	return append([]field{
		{"annotation", "gap"}, {"uuid", g.ID}, {"category", ""}, {"category_name", ""},
		{"name", ""}, {"label", mapstyle.GapName(s, g, lang)}, {"status", string(g.Status)}, {"notes", g.Notes}, {"observed", ""}, {"recorded_by", ""},
		{"kind", string(g.Kind)}, {"service", first(service, g.Service)}, {"severity", string(g.Severity)},
		{"raised_by", g.RaisedBy}, {"raised", g.Raised},
	}, metaFields(g.Meta, g.Places, lang)...)
}

func metaFields(m annot.Meta, pl annot.Places, lang string) []field {
	return []field{
		{"district", pl.District}, {"khoroo", pl.Khoroo}, {"khoroo_key", pl.KhorooKey}, {"kheseg", pl.Kheseg}, {"ger_area", pl.GerArea},
		{"created", stamp(m.Created)}, {"modified", stamp(m.Modified)}, {"author", m.Author},
		{"rev", m.Rev}, {"review", annot.ParseReason(m.Review).Text(lang, nil)}, // words, in the export's language
	}
}

// stamp writes a time as ISO 8601 in UTC with milliseconds.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// anchor is where a gap sits for formats with one location per row: the
// point itself, or an area's label point.
func anchor(g orb.Geometry) orb.Point {
	switch g := g.(type) {
	case orb.Point:
		return g
	case orb.Polygon:
		return geo.LabelPoint(g, 1e-6)
	}
	return orb.Point{}
}
