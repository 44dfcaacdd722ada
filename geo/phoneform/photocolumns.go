package phoneform

import (
	"path"
	"slices"
	"strings"
)

// photoExts are the endings of the photo files phones' forms name.
var photoExts = []string{".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp"}

// PhotoColumns lists, in the header's order, the columns that may name a
// submission's photos, for a person to tick: those m already takes
// photos from, those named as photo questions are (photo, image, зураг…,
// in a group or not), and those of which a cell names a photo file
// ("1705030200000.jpg", a path or a URL to one).
func (t *Table) PhotoColumns(m Mapping) []string {
	var out []string
	for i, h := range t.Header {
		if slices.Contains(m.Photos, h) || slices.Contains(photoNames, last(h)) || t.namesPhotos(i) {
			out = append(out, h)
		}
	}
	return out
}

// namesPhotos reports whether a cell of column i names a photo file.
func (t *Table) namesPhotos(i int) bool {
	for _, row := range t.Rows {
		if i < len(row) && isPhotoFile(row[i]) {
			return true
		}
	}
	return false
}

// isPhotoFile reports whether a cell is one file name (a path or a URL's
// last part) ending as a photo does.
func isPhotoFile(cell string) bool {
	if cell == "" || strings.ContainsAny(cell, "\"[]{}\n") {
		return false
	}
	base := strings.ToLower(path.Base(strings.ReplaceAll(cell, `\`, "/")))
	return slices.ContainsFunc(photoExts, func(ext string) bool { return len(base) > len(ext) && strings.HasSuffix(base, ext) })
}
