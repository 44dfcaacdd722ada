// Package load reads boundary and point files into geo layers: GeoJSON
// (streamed, with the quirks real files have), KML and KMZ as ArcGIS and
// Google Earth write them, TopoJSON, and CSV tables of places with
// latitude and longitude columns. Every problem comes back as an
// *Error naming the file; no input makes it panic.
package load

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// Options tune how a file is read.
type Options struct {
	// NameField, when set, names features from this property instead of the
	// one ChooseNameField would pick.
	NameField string
	// Points keeps a file's points when it holds areas too (by default the
	// areas win and the points, usually label points, are skipped): for
	// importing service points.
	Points bool
	// Lines keeps a file's lines (a GPX file's tracks and routes) when it
	// holds points or areas too; by default they are skipped beside them.
	Lines bool
}

// File reads the boundary or point file at path.
// A folder, a named pipe or a device is refused without being opened.
func File(path string, opt Options) (*geo.Layer, error) {
	if err := geo.CheckRegular(path); err != nil {
		return nil, notRegular(path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, worded(Error{File: path, Err: err}, "cannot open: %w", unwrapPathError(err))
	}
	defer f.Close()
	return Read(path, f, opt)
}

// notRegular words what geo.CheckRegular found.
func notRegular(path string, err error) error {
	if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) {
		return worded(Error{File: path, Err: err}, "cannot open: %w", err)
	}
	return worded(Error{File: path, Err: err}, "%w", err)
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads a boundary or point file from r; name is used in messages and
// to tell formats apart where the content alone cannot.
func Read(name string, r io.Reader, opt Options) (*geo.Layer, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(sniffSize)
	format, err := sniff(name, head)
	if err != nil {
		return nil, err
	}
	b := newBuilder(name, format)
	switch format {
	case "KMZ":
		err = readKMZ(name, br, b)
	case "KML":
		err = readKML(skipBOM(br), b)
	case "GPX":
		err = readGPX(skipBOM(br), b)
	case "TopoJSON":
		err = readTopoJSON(skipBOM(br), b)
	case "CSV":
		err = readCSV(name, skipBOM(br), b)
	default:
		err = readGeoJSON(skipBOM(br), b)
		if errors.Is(err, errTopology) {
			return nil, errorf(name, `a TopoJSON document whose "type" comes late; it is read only when "type":"Topology" is near the start`)
		}
	}
	if err != nil {
		return nil, err
	}
	return b.finish(opt)
}

// skipBOM drops a UTF-8 byte order mark.
func skipBOM(br *bufio.Reader) *bufio.Reader {
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	return br
}

// readKMZ reads the first KML document inside a zip archive.
func readKMZ(name string, r io.Reader, b *builder) error {
	data, err := io.ReadAll(io.LimitReader(r, maxPacked+1)) // a zip is read from its end
	if err != nil {
		return errorf(name, "cannot read: %v", err)
	}
	if int64(len(data)) > maxPacked {
		return errorf(name, "a KMZ archive larger than %s; Khoroo Map reads smaller ones (unpack it and give the KML)", mib(uint64(maxPacked)))
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return errorf(name, "a damaged ZIP/KMZ archive: %v", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if strings.EqualFold(filepath.Ext(f.Name), ".kml") && (doc == nil || strings.EqualFold(f.Name, "doc.kml")) {
			doc = f
		}
	}
	if doc == nil {
		return readShapeZip(name, zr, b)
	}
	if err := checkUnpacked(name, doc.Name, doc.CompressedSize64, doc.UncompressedSize64); err != nil {
		return err
	}
	rc, err := doc.Open()
	if err != nil {
		return errorf(name, "cannot read %s inside the archive: %v", doc.Name, err)
	}
	defer rc.Close()
	// the zip reader stops at the declared size; the limit is a second guard
	return readKML(skipBOM(bufio.NewReader(io.LimitReader(rc, maxUnpacked))), b)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Detect tells the format of the file at path from its first bytes
// ("GeoJSON", "KML", "KMZ", "TopoJSON", "CSV"), or "" when it is none of them or
// cannot be read (a folder, a named pipe or a device is not opened).
func Detect(path string) string {
	if geo.CheckRegular(path) != nil {
		return ""
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, sniffSize)
	n, _ := io.ReadFull(f, head)
	format, err := sniff(path, head[:n])
	if err != nil {
		return ""
	}
	return format
}
