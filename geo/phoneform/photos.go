package phoneform

import (
	"io"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// photoFolders are where a phone form's photos lie beside its export:
// the export's own folder, ODK Central's "media" (its export with media)
// and a folder of KoBoToolbox's attachments.
var photoFolders = []string{".", "media", "attachments"}

// maxPhotoFile bounds one photo file read.
const maxPhotoFile = 64 << 20

// PhotoFiles lists the photo files the mapping's photo columns name, each
// once, in row order, with where each lies beside the export ("" when it
// is in none of the photo folders).
func PhotoFiles(t *Table, m Mapping) (names []string, paths map[string]string) {
	paths = map[string]string{}
	dir := filepath.Dir(t.Source)
	for r := range t.Rows {
		for _, name := range m.photoFiles(t, r) {
			if _, seen := paths[name]; seen {
				continue
			}
			names = append(names, name)
			paths[name] = ""
			for _, f := range photoFolders {
				if p := filepath.Join(dir, f, name); geo.CheckRegular(p) == nil {
					paths[name] = p
					break
				}
			}
		}
	}
	return names, paths
}

// Photos reads and reduces (see photo.Reduce) the photos the mapping's
// photo columns name, from beside the export, each named as the column
// names it; missing lists those not found or not readable as a photo.
// Give their names and IDs to Apply as Options.PhotoIDs.
func Photos(t *Table, m Mapping) (found []photo.Photo, missing []string) {
	names, paths := PhotoFiles(t, m)
	for _, name := range names {
		ph, err := readPhoto(paths[name], name)
		if err != nil {
			missing = append(missing, name)
			continue
		}
		found = append(found, ph)
	}
	return found, missing
}

func readPhoto(path, name string) (photo.Photo, error) {
	if path == "" {
		return photo.Photo{}, os.ErrNotExist
	}
	f, err := os.Open(path)
	if err != nil {
		return photo.Photo{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPhotoFile))
	if err != nil {
		return photo.Photo{}, err
	}
	return photo.Reduce(name, data)
}

// IDs maps each photo's name to its ID, for Options.PhotoIDs.
func IDs(photos []photo.Photo) map[string]string {
	ids := make(map[string]string, len(photos))
	for _, ph := range photos {
		ids[ph.Name] = ph.ID
	}
	return ids
}

// Used keeps the photos that a point or gap of r names: a photo of a row
// left out is not stored.
func (r *Result) Used(photos []photo.Photo) []photo.Photo {
	named := map[string]bool{}
	for _, p := range r.Points {
		for _, id := range p.Photos {
			named[id] = true
		}
	}
	for _, g := range r.Gaps {
		for _, id := range g.Photos {
			named[id] = true
		}
	}
	var out []photo.Photo
	for _, ph := range photos {
		if named[ph.ID] {
			out = append(out, ph)
		}
	}
	return out
}
