package exchange

import (
	"archive/zip"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// FilePhotos returns the photos a file to import carries: a KMZ's or a
// Shapefile zip's (see ArchivePhotos); none for any other file. The command line and the
// window both ask it, so that both bring an export's photos back.
func FilePhotos(file string) ([]photo.Photo, error) {
	if ext := strings.ToLower(path.Ext(file)); ext != ".kmz" && ext != ".zip" {
		return nil, nil
	}
	return ArchivePhotos(file)
}

// maxArchivePhoto bounds one photo read from an archive, unpacked.
const maxArchivePhoto = 64 << 20

// ArchivePhotos reads the photos inside a KMZ that WriteKMZ wrote or a
// zip that WriteShapefileZip wrote (any zip with JPEG or PNG files in
// photos/), each named by its path
// inside the archive ("photos/Ус_түгээх_3-р_байр_1f0c2a9b_1.jpg"), as the
// placemarks' photos attribute names them. A photo exported by Khoroo Map
// keeps its ID (see photo.Keep). An archive without photos gives none.
func ArchivePhotos(file string) ([]photo.Photo, error) {
	z, err := zip.OpenReader(file)
	if err != nil {
		return nil, words.Errorf("exchange: %s: not a readable KMZ or zip archive: %w", file, err)
	}
	defer z.Close()
	var out []photo.Photo
	for _, f := range z.File {
		ext := strings.ToLower(path.Ext(f.Name))
		if !strings.HasPrefix(f.Name, "photos/") || (ext != ".jpg" && ext != ".jpeg" && ext != ".png") {
			continue
		}
		ph, err := archivePhoto(f)
		if err != nil {
			return nil, words.Errorf("exchange: %s: %w", file, err)
		}
		out = append(out, ph)
	}
	return out, nil
}

func archivePhoto(f *zip.File) (photo.Photo, error) {
	if f.UncompressedSize64 > maxArchivePhoto {
		return photo.Photo{}, words.Errorf("%s is larger than %d MB unpacked", f.Name, maxArchivePhoto>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return photo.Photo{}, fmt.Errorf("%s: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxArchivePhoto))
	if err != nil {
		return photo.Photo{}, fmt.Errorf("%s: %w", f.Name, err)
	}
	return photo.Keep(f.Name, data)
}
