package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// readPhotoLists reads which photos each annotation of table has, in
// order: annotation UUID -> photo IDs.
func readPhotoLists(q querier, table string) (map[string][]string, error) {
	rows, err := q.Query(`SELECT b.uuid, m.uuid FROM ` + mappingOf(table) + ` x JOIN ` + table + ` b ON b.fid = x.base_id
		JOIN media m ON m.id = x.related_id ORDER BY x.base_id, x.position`)
	if err != nil {
		return nil, fmt.Errorf("reading the photos of %s: %w", table, err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var id, ph string
		if err := rows.Scan(&id, &ph); err != nil {
			return nil, fmt.Errorf("reading the photos of %s: %w", table, err)
		}
		out[id] = append(out[id], ph)
	}
	return out, rows.Err()
}

// attachPhotos fills the Photos of every annotation of s.
func attachPhotos(q querier, s *annot.Set) error {
	lists := map[string][]string{}
	for _, m := range photoMappings {
		l, err := readPhotoLists(q, m.base)
		if err != nil {
			return err
		}
		for id, ids := range l {
			lists[id] = ids
		}
	}
	for i := range s.Points {
		s.Points[i].Photos = lists[s.Points[i].ID]
	}
	for i := range s.Gaps {
		s.Gaps[i].Photos = lists[s.Gaps[i].ID]
	}
	return nil
}

// ErrNoPhoto is wrapped by Photo's error when the project has no photo
// with the ID.
var ErrNoPhoto = errors.New("no such photo")

// ErrBadPhoto is wrapped by Photo's error when the project holds the
// photo but its data fails the checks; Photo then returns what it read.
var ErrBadPhoto = errors.New("photo refused by its checks")

// badPhoto is a check's error that is ErrBadPhoto.
type badPhoto struct{ error }

func (b badPhoto) Is(target error) bool { return target == ErrBadPhoto }
func (b badPhoto) Unwrap() error        { return b.error }

// Photo reads a photo of the project, its data included; data that is
// not a JPEG or PNG, or declares too many pixels to decode, is refused
// (ErrBadPhoto).
func (p *Project) Photo(id string) (photo.Photo, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	ph, err := readPhoto(p.db, id)
	if err == nil {
		if cerr := photo.CheckSize(ph.Data); cerr != nil { // a hostile project's bytes, before anything decodes them
			err = badPhoto{cerr}
		}
	}
	if err != nil {
		return ph, fmt.Errorf("store: %s: photo %s: %w", p.path, id, err)
	}
	return ph, nil
}

func readPhoto(q querier, id string) (photo.Photo, error) {
	var ph photo.Photo
	var name, taken sql.NullString
	var w, h sql.NullInt64
	var lat, lon sql.NullFloat64
	err := q.QueryRow(`SELECT data, content_type, uuid, name, width, height, CAST(taken AS TEXT), latitude, longitude FROM media WHERE uuid = ?`, id).
		Scan(&ph.Data, &ph.ContentType, &ph.ID, &name, &w, &h, &taken, &lat, &lon)
	if errors.Is(err, sql.ErrNoRows) {
		return ph, ErrNoPhoto
	}
	if err != nil {
		return ph, err
	}
	ph.Name, ph.Width, ph.Height = name.String, int(w.Int64), int(h.Int64)
	if taken.Valid {
		ph.Taken = parseTime(taken.String)
	}
	ph.HasGPS, ph.Lat, ph.Lon = lat.Valid && lon.Valid, lat.Float64, lon.Float64
	return ph, nil
}
