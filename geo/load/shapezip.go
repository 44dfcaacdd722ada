package load

import (
	"archive/zip"
	"encoding/csv"
	"io"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// shapeZipLayer is the Shapefile of service points in the zip that
// Khoroo Map's export writes for offices; its gap layers are not read.
const shapeZipLayer = "service_points"

// readShapeZip reads the service points of a Shapefile zip as Khoroo
// Map exports it: service_points.shp and .dbf, the attribute names made
// whole again by service_points_fields.csv.
func readShapeZip(name string, zr *zip.Reader, b *builder) error {
	files := map[string][]byte{}
	for _, f := range zr.File {
		for _, ext := range []string{".shp", ".dbf", "_fields.csv"} {
			if f.Name == shapeZipLayer+ext {
				data, err := unzipFile(name, f)
				if err != nil {
					return err
				}
				files[ext] = data
			}
		}
	}
	if files[".shp"] == nil || files[".dbf"] == nil {
		return errorf(name, "a ZIP archive with neither a .kml document nor %s.shp and .dbf inside", shapeZipLayer)
	}
	fields, rows, err := shapefile.ReadPoints(files[".shp"], files[".dbf"])
	if err != nil {
		return errorf(name, "%s.shp: %v", shapeZipLayer, err)
	}
	full := fullNames(files["_fields.csv"])
	b.crsName, b.format = "EPSG:4326", "Shapefile"
	for i, r := range rows {
		var props geo.Props
		for j, v := range r.Values {
			if k := fields[j]; v != "" {
				props.Set(first(full[k], k), v)
			}
		}
		b.addPoint(i+1, props, r.Geometry.(orb.Point))
	}
	return nil
}

// unzipFile reads one file of an archive, within the unpacked limit.
func unzipFile(name string, f *zip.File) ([]byte, error) {
	if err := checkUnpacked(name, f.Name, f.CompressedSize64, f.UncompressedSize64); err != nil {
		return nil, err
	}
	rc, err := f.Open()
	if err != nil {
		return nil, errorf(name, "cannot read %s inside the archive: %v", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxUnpacked))
	if err != nil {
		return nil, errorf(name, "cannot read %s inside the archive: %v", f.Name, err)
	}
	return data, nil
}

// fullNames reads a fields mapping (short,full per line) as short -> full.
func fullNames(data []byte) map[string]string {
	out := map[string]string{}
	recs, _ := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	for _, r := range recs {
		if len(r) == 2 && r[0] != "short" {
			out[r[0]] = r[1]
		}
	}
	return out
}
