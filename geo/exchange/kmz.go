package exchange

import (
	"archive/zip"
	"bytes"
	"io"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// WriteKMZ writes, for Google Earth, the KML export zipped with the
// photos inside (photos/, named by annotation) and shown in each
// placemark's balloon. photos may be nil: a KMZ without photos.
func WriteKMZ(w io.Writer, s *annot.Set, opt WriteOptions, photos PhotoData) error {
	names := map[string]string{}
	if photos != nil {
		names = photoNames(s, opt.Lang)
		leaveOutUnreadable(names, photos, opt.LeftOut)
	}
	var doc bytes.Buffer
	if err := writeKMLPhotos(&doc, s, opt, names); err != nil {
		return err
	}
	z := zip.NewWriter(w)
	if err := zipFile(z, "doc.kml", doc.Bytes()); err != nil {
		return err
	}
	if err := writePhotos(z, names, photos); err != nil {
		return err
	}
	if err := z.Close(); err != nil {
		return words.Errorf("exchange: %w", err)
	}
	return nil
}

// images lists the files of an annotation's photos; none without names.
func images(ids []string, names map[string]string) []string {
	var out []string
	for _, id := range ids {
		if n, ok := names[id]; ok {
			out = append(out, n)
		}
	}
	return out
}
