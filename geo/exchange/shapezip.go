package exchange

import (
	"archive/zip"
	"io"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/shapefile"
	"github.com/khoroomap/khoroomap/geo/words"
)

// PhotoData returns a stored photo's JPEG bytes by its ID.
type PhotoData func(id string) ([]byte, error)

// zipStamp is every zip entry's time: the same project gives the same zip.
var zipStamp = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteShapefileZip writes, for offices running ArcMap or QGIS, a zip of
// three Shapefiles (service_points, gap_points, gap_areas: every
// attribute of the GeoJSON export plus a photos column naming the
// annotation's photo files), each with its .prj, a UTF-8 .cpg and a
// mapping of the 10-byte field names to the full ones; and the photos
// themselves in photos/, named by annotation (photos may be nil).
func WriteShapefileZip(w io.Writer, s *annot.Set, opt WriteOptions, photos PhotoData) error {
	z := zip.NewWriter(w)
	names := photoNames(s, opt.Lang)
	leaveOutUnreadable(names, photos, opt.LeftOut)
	for _, l := range shapeLayers(s, opt.Lang, names) {
		files, err := l.Files()
		if err != nil {
			return words.Errorf("exchange: %w", err)
		}
		for _, ext := range []string{".shp", ".shx", ".dbf", ".prj", ".cpg", "_fields.csv"} {
			if err := zipFile(z, l.Name+ext, files[l.Name+ext]); err != nil {
				return err
			}
		}
	}
	if err := writePhotos(z, names, photos); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return words.Errorf("exchange: %w", err)
	}
	return nil
}

func zipFile(z *zip.Writer, name string, data []byte) error {
	w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipStamp})
	if err == nil {
		_, err = w.Write(data)
	}
	if err != nil {
		return words.Errorf("exchange: writing %s: %w", name, err)
	}
	return nil
}

// shapeLayers are the three layers of s, with their attributes.
func shapeLayers(s *annot.Set, lang string, names map[string]string) []*shapefile.Layer {
	points := &shapefile.Layer{Name: "service_points"}
	gapPoints := &shapefile.Layer{Name: "gap_points"}
	areas := &shapefile.Layer{Name: "gap_areas", Polygons: true}
	for i := range s.Points {
		p := &s.Points[i]
		addRow(points, pointFields(s, p, lang), p.Photos, names, p.Location)
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		l := gapPoints
		if g.IsArea() {
			l = areas
		}
		addRow(l, gapFields(s, g, lang), g.Photos, names, g.Geometry)
	}
	for _, l := range []*shapefile.Layer{points, gapPoints, areas} {
		if l.Fields == nil { // an empty layer still has its columns
			l.Fields = fieldKeys(pointFields(s, &annot.Point{}, lang))
		}
	}
	return []*shapefile.Layer{points, gapPoints, areas}
}
