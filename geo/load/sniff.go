package load

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/khoroomap/khoroomap/geo/words"
)

// sniffSize is how much of a file sniff looks at.
const sniffSize = 64 << 10

var topologyRE = regexp.MustCompile(`"type"\s*:\s*"Topology"`)

// gpxRE finds a GPX document's root element.
var gpxRE = regexp.MustCompile(`<gpx[\s>]`)

// magic numbers of files people pick by mistake, and what to tell them.
var magics = []struct {
	prefix string
	what   error
}{
	{"\x89PNG", words.Errorf("a PNG image, not a boundary file")},
	{"\xff\xd8\xff", words.Errorf("a JPEG image, not a boundary file")},
	{"GIF8", words.Errorf("a GIF image, not a boundary file")},
	{"%PDF", words.Errorf("a PDF document, not a boundary file")},
	{"\x00\x00\x27\x0a", words.Errorf("a shapefile (.shp); Khoroo Map reads GeoJSON, KML/KMZ and TopoJSON: convert it first, e.g. ogr2ogr -f GeoJSON out.geojson FILE.shp")},
	{"SQLite format 3\x00", words.Errorf("an SQLite/GeoPackage database, not a GeoJSON, KML or TopoJSON file")},
	{"\xd0\xcf\x11\xe0", words.Errorf("an old Microsoft Office document, not a boundary file")},
	{"\x1f\x8b", words.Errorf("a gzip archive: unpack it first")},
}

// sniff tells the format from the first bytes of a file.
func sniff(name string, head []byte) (string, error) {
	if len(head) == 0 {
		return "", errorf(name, "the file is empty")
	}
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			if strings.HasPrefix(m.prefix, "\x00\x00\x27") {
				if missing := shapefileCompanions(name); missing != nil {
					return "", errorf(name, "%s%s", m.what, missing)
				}
			}
			return "", errorf(name, "%s", m.what)
		}
	}
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		return "KMZ", nil
	}
	if isArchiveName(name) { // a failed download, a renamed text: say what it is not
		return "", errorf(name, "not a zip archive (Shapefile zip or KMZ expected)")
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return "", errorf(name, "the file is UTF-16 encoded; save it as UTF-8")
	}
	text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	if len(text) == 0 {
		return "", errorf(name, "the file holds only white space")
	}
	if ext := strings.ToLower(filepath.Ext(name)); (ext == ".csv" || ext == ".tsv") && text[0] != '{' && text[0] != '[' && text[0] != '<' {
		return "CSV", nil
	}
	switch text[0] {
	case '<':
		if gpxRE.Match(head) {
			return "GPX", nil
		}
		return "KML", nil
	case '{', '[':
		if topologyRE.Match(head) {
			return "TopoJSON", nil
		}
		return "GeoJSON", nil
	}
	if bytes.IndexByte(head, 0) >= 0 || !utf8.Valid(trimPartialRune(head)) {
		return "", errorf(name, "a binary file, not GeoJSON, KML or TopoJSON")
	}
	return "", errorf(name, "not GeoJSON, KML or TopoJSON: it starts with %q", firstLine(text))
}

// isArchiveName reports whether a file's name says it is a zip archive:
// a Shapefile zip or a KMZ.
func isArchiveName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".zip" || ext == ".kmz"
}

// shapefileCompanions says which companion files of a .shp are missing,
// if any.
func shapefileCompanions(name string) error {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	var missing []string
	for _, ext := range []string{".shx", ".dbf", ".prj"} {
		if !exists(base+ext) && !exists(base+strings.ToUpper(ext)) {
			missing = append(missing, ext)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return words.Errorf(" (and its %s companions are missing, so its attributes or coordinate system cannot be known)", strings.Join(missing, ", "))
}

// trimPartialRune drops a UTF-8 sequence cut off at the end of b.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		if r, _ := utf8.DecodeLastRune(b); r != utf8.RuneError {
			break
		}
		b = b[:len(b)-1]
	}
	return b
}

func firstLine(b []byte) string {
	if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
		b = b[:i]
	}
	if len(b) > 40 {
		b = trimPartialRune(b[:40])
	}
	return string(b)
}
