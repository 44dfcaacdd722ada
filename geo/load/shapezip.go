package load

import (
	"archive/zip"
	"cmp"
	"encoding/csv"
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// exportLayers are the Shapefiles of the zip Khoroo Map's export writes
// for offices, in the order they are read.
var exportLayers = []string{"service_points", "gap_points", "gap_areas"}

// readShapeZip reads the Shapefiles inside a zip: as Khoroo Map exports
// them (service points, gap points and gap areas, attribute names made
// whole again by NAME_fields.csv) or as ArcMap and QGIS zip a layer
// (every .shp with its .dbf, in any folder of the archive). Points and
// areas both go into the builder, which keeps one kind as it does for a
// KML (see Options.Points and All). Each .prj must say WGS 84
// longitude/latitude, Web Mercator or a WGS 84 UTM zone (converted).
func readShapeZip(name string, zr *zip.Reader, b *builder) error {
	sets := shapeSets(zr)
	if len(sets) == 0 {
		return errorf(name, "a ZIP archive with neither a .kml document nor a Shapefile (.shp with its .dbf) inside")
	}
	b.format = "Shapefile"
	index := 0
	for _, base := range shapeOrder(sets) {
		files, err := unzipSet(name, sets[base])
		if err != nil {
			return err
		}
		if err := b.readShapeLayer(name, base, files, &index); err != nil {
			return err
		}
	}
	return nil
}

// unzipSet reads the parts of one Shapefile of the zip, by extension.
func unzipSet(name string, set map[string]*zip.File) (map[string][]byte, error) {
	files := map[string][]byte{}
	for ext, f := range set {
		if ext == "_fields.csv" && f.UncompressedSize64 > uint64(maxRow) {
			return nil, errorf(name, "%s inside the archive is larger than %d MiB, more than a list of column names takes; the file is refused", f.Name, maxRow>>20)
		}
		data, err := unzipFile(name, f)
		if err != nil {
			return nil, err
		}
		files[ext] = data
	}
	return files, nil
}

// readShapeLayer adds the features of one Shapefile of the zip, counting
// them on from *index.
func (b *builder) readShapeLayer(name, base string, files map[string][]byte, index *int) error {
	if files[".shp"] == nil || files[".dbf"] == nil {
		return errorf(name, "%s.shp comes without its .dbf (or the .dbf without its .shp) in the archive", base)
	}
	if err := b.prjCRS(name, base, files[".prj"]); err != nil {
		return err
	}
	fields, rows, err := shapefile.Read(files[".shp"], files[".dbf"])
	if err != nil {
		return errorf(name, "%s.shp: %v", base, err)
	}
	if err := b.dbfText(name, base, files[".cpg"], fields, rows); err != nil {
		return err
	}
	full := fullNames(files["_fields.csv"])
	for _, r := range rows {
		*index++
		var props geo.Props
		for j, v := range r.Values {
			if k := fields[j]; v != "" {
				props.Set(first(full[k], k), v)
			}
		}
		switch g := r.Geometry.(type) {
		case orb.Point:
			b.addPoint(*index, props, g)
		case orb.MultiPolygon:
			geo.Orient(g) // the format's clockwise outer rings are no repair to report
			b.addPolygons(*index, props, g)
		default:
			b.skip(whyNoGeometry)
		}
	}
	return nil
}

// shapeSets groups the zip's Shapefile parts by layer (the path without
// its extension): ".shp", ".dbf", ".prj", ".cpg" and "_fields.csv". macOS's
// shadow files (__MACOSX/, ._NAME) are left out.
func shapeSets(zr *zip.Reader) map[string]map[string]*zip.File {
	sets := map[string]map[string]*zip.File{}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "__MACOSX/") || strings.HasPrefix(path.Base(f.Name), "._") {
			continue
		}
		base, ext := f.Name, ""
		if b, ok := strings.CutSuffix(f.Name, "_fields.csv"); ok {
			base, ext = b, "_fields.csv"
		} else if e := strings.ToLower(path.Ext(f.Name)); e == ".shp" || e == ".dbf" || e == ".prj" || e == ".cpg" {
			base, ext = strings.TrimSuffix(f.Name, path.Ext(f.Name)), e
		}
		if ext != "" {
			if sets[base] == nil {
				sets[base] = map[string]*zip.File{}
			}
			sets[base][ext] = f
		}
	}
	for base, set := range sets { // a mapping or a .prj alone is no layer
		if set[".shp"] == nil && set[".dbf"] == nil {
			delete(sets, base)
		}
	}
	return sets
}

// shapeOrder lists the layers: an export's in its order, then the others
// by name.
func shapeOrder(sets map[string]map[string]*zip.File) []string {
	var bases []string
	for base := range sets {
		bases = append(bases, base)
	}
	rank := func(s string) int { return cmp.Or(slices.Index(exportLayers, s)+1, len(exportLayers)+1) }
	slices.SortFunc(bases, func(a, b string) int { return cmp.Or(rank(a)-rank(b), strings.Compare(a, b)) })
	return bases
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
		if len(r) == 2 && r[0] != "short" && utf8.RuneCountInString(r[1]) <= maxKey { // a longer one keeps its short name
			out[r[0]] = r[1]
		}
	}
	return out
}
