package store

import (
	"database/sql"
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// AddPhotos stores photos in the project, in one transaction. A photo
// already there (the same ID) is kept as it is. Photos are attached to
// an annotation by listing their IDs in its Photos and applying the edit;
// ApplyWithPhotos does both at once.
func (p *Project) AddPhotos(ps []photo.Photo) error {
	return p.ApplyWithPhotos(ps, nil)
}

// ApplyWithPhotos stores photos and writes edits that attach them, in one
// transaction: all or none.
func (p *Project) ApplyWithPhotos(ps []photo.Photo, changes []annot.Change) error {
	var cs []annot.Change
	for _, c := range changes {
		cs = append(cs, c.Flat()...)
	}
	for _, c := range cs {
		if err := validate(c); err != nil {
			return err
		}
	}
	for i := range ps {
		if err := validPhoto(&ps[i]); err != nil {
			return err
		}
	}
	return p.write(func(w *writer) error {
		for i := range ps {
			if err := putPhoto(w.tx, &ps[i]); err != nil {
				return err
			}
		}
		for _, c := range cs {
			if err := apply(w, c); err != nil {
				return err
			}
		}
		return nil
	})
}

// validPhoto refuses a photo whose ID is not its data's or whose type is
// not an image a viewer shows.
func validPhoto(ph *photo.Photo) error {
	if ph.ContentType != "image/jpeg" && ph.ContentType != "image/png" {
		return words.Errorf("store: photo %s: %q is not a JPEG or PNG image", ph.Name, ph.ContentType)
	}
	if ph.ID != photo.ID(ph.Data) {
		return words.Errorf("store: photo %s: its ID is not the SHA-256 of its data", ph.Name)
	}
	return nil
}

func putPhoto(tx *sql.Tx, ph *photo.Photo) error {
	var taken, lat, lon any
	if !ph.Taken.IsZero() {
		taken = formatTime(ph.Taken)
	}
	if ph.HasGPS {
		lat, lon = ph.Lat, ph.Lon
	}
	_, err := tx.Exec(`INSERT OR IGNORE INTO media (data, content_type, uuid, name, width, height, taken, latitude, longitude)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, ph.Data, ph.ContentType, ph.ID, null(ph.Name), ph.Width, ph.Height, taken, lat, lon)
	if err != nil {
		return words.Errorf("store: saving photo %s: %w", ph.Name, err)
	}
	return nil
}

// setPhotos makes the photos of the annotation id in table exactly ids,
// in that order. Each must be in the media table already.
func setPhotos(w *writer, table, id string, ids []string) error {
	mapping := mappingOf(table)
	if err := w.exec(`DELETE FROM `+mapping+` WHERE base_id IN (SELECT fid FROM `+table+` WHERE uuid = ?)`, id); err != nil {
		return fmt.Errorf("store: %s: %w", mapping, err)
	}
	return addPhotos(w, table, id, ids)
}

// addPhotos links the annotation id in table, which has no photo, to the
// photos ids, in that order. Each must be in the media table already.
func addPhotos(w *writer, table, id string, ids []string) error {
	mapping := mappingOf(table)
	for i, ph := range ids {
		n, err := w.execCount(`INSERT INTO `+mapping+` (base_id, related_id, position)
			SELECT b.fid, m.id, ? FROM `+table+` b, media m WHERE b.uuid = ? AND m.uuid = ?`, i, id, ph)
		if err != nil {
			return fmt.Errorf("store: %s: %w", mapping, err)
		}
		if n != 1 {
			return words.Errorf("store: annotation %s: its photo %s is not in the project", id, ph)
		}
	}
	return nil
}
