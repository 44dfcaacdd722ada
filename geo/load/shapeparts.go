package load

import (
	"archive/zip"
	"bytes"
	"io"
	"os"

	"github.com/khoroomap/khoroomap/geo"
)

// shapeParts reads each Shapefile of the zip at path on its own, as
// readShapeZip reads them together into ls (the file's points and its
// areas), and says what an import makes of each.
func shapeParts(path string, ls []*geo.Layer, as *geo.Role) ([]Part, error) {
	zr, err := openZip(path)
	if err != nil {
		return nil, err
	}
	sets := shapeSets(zr)
	var out []Part
	index := 0 // features are numbered through the zip, as readShapeZip numbers them
	for _, base := range shapeOrder(sets) {
		files, err := unzipSet(path, sets[base])
		if err != nil {
			return nil, err
		}
		b := newBuilder(path, "Shapefile")
		if err := b.readShapeLayer(path, base, files, &index); err != nil {
			return nil, err
		}
		l := &geo.Layer{Source: path, Format: "Shapefile"}
		if len(b.polys)+len(b.points) > 0 {
			if l, err = b.finish(Options{Points: len(b.points) > 0}); err != nil {
				return nil, err
			}
		}
		p := part(base, l, sameKind(ls, l.Kind), as)
		p.Mapped = files["_fields.csv"] != nil
		out = append(out, p)
	}
	return out, nil
}

// sameKind returns the layer of ls holding kind, or nil.
func sameKind(ls []*geo.Layer, kind geo.Kind) *geo.Layer {
	for _, l := range ls {
		if l.Kind == kind {
			return l
		}
	}
	return nil
}

// openZip reads the archive at path whole, within the packed limit.
func openZip(path string) (*zip.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: path, Msg: "cannot open: " + unwrapPathError(err).Error(), Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPacked+1))
	if err != nil || int64(len(data)) > maxPacked {
		return nil, errorf(path, "cannot read the archive again: it changed or grew since it was read")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errorf(path, "a damaged ZIP archive: %v", err)
	}
	return zr, nil
}
