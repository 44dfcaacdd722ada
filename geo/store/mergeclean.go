package store

import (
	"database/sql"
	"fmt"
	"regexp"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// dropRows deletes from a merged file, a copy of an input, the rows
// reading that input left out (see LeftOut), with their photo links:
// what the input did not show, the merge does not pass on.
func (p *Project) dropRows(rows []leftRow) error {
	return p.tx(func(tx *sql.Tx) error {
		for _, r := range rows {
			for _, m := range photoMappings {
				if m.base != r.table {
					continue
				}
				if _, err := tx.Exec(`DELETE FROM `+m.mapping+` WHERE base_id = ?`, r.fid); err != nil {
					return fmt.Errorf("store: %s: %w", p.path, err)
				}
			}
			if _, err := tx.Exec(`DELETE FROM `+quote(r.table)+` WHERE fid = ?`, r.fid); err != nil {
				return fmt.Errorf("store: %s: %w", p.path, err)
			}
		}
		return nil
	})
}

// dropRefusedPhotos deletes from a merged file the photos an import would
// refuse (not a JPEG or PNG, an ID that is not its data's SHA-256, too
// many pixels to decode) and their links, and says which, one line each.
func (p *Project) dropRefusedPhotos() (refused []error, err error) {
	err = p.tx(func(tx *sql.Tx) error {
		bad, err := refusedPhotos(tx)
		if err != nil {
			return err
		}
		for _, b := range bad {
			for _, m := range photoMappings {
				if _, err := tx.Exec(`DELETE FROM `+m.mapping+` WHERE related_id = ?`, b.id); err != nil {
					return err
				}
			}
			if _, err := tx.Exec(`DELETE FROM media WHERE id = ?`, b.id); err != nil {
				return err
			}
			refused = append(refused, b.why)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: %s: leaving out refused photos: %w", p.path, err)
	}
	return refused, nil
}

// refusedPhoto is a row of the media table and why it is refused.
type refusedPhoto struct {
	id  int64
	why error
}

// refusedPhotos checks every photo of the media table, one at a time,
// and returns those refused, in the table's order.
func refusedPhotos(tx *sql.Tx) ([]refusedPhoto, error) {
	rows, err := tx.Query(`SELECT id, uuid FROM media ORDER BY id`)
	if err != nil {
		return nil, err
	}
	var all []refusedPhoto
	var uuids []string
	for rows.Next() {
		var r refusedPhoto
		var uuid string
		if err := rows.Scan(&r.id, &uuid); err != nil {
			rows.Close()
			return nil, err
		}
		all, uuids = append(all, r), append(uuids, uuid)
	}
	rows.Close()
	var bad []refusedPhoto
	for i, uuid := range uuids {
		ph, err := readPhoto(tx, uuid)
		if err == nil {
			if err = validPhoto(&ph); err == nil {
				err = photo.CheckSize(ph.Data)
			}
		}
		if err != nil {
			all[i].why = words.Errorf("store: photo %s (%s) is left out of the merged file: %w", ph.Name, uuid, err)
			bad = append(bad, all[i])
		}
	}
	return bad, nil
}

// safeTable matches the table names AddLayer gives: "boundary_" and a
// slug of lower-case Latin letters, digits and underscores.
var safeTable = regexp.MustCompile(`^boundary_[a-z0-9_]{1,60}$`)

// safeLayerNames gives every layer of a merged file whose table has a
// name AddLayer would not give (a stranger's, "x\"; DROP TABLE ...") a
// new table named as AddLayer names it, with the features read (ls, as
// the input showed them), where it was in the list and as it was shown.
// The layer's title stays as it was, as data.
func (p *Project) safeLayerNames(ls []Layer) error {
	for _, l := range ls {
		if safeTable.MatchString(l.Table) {
			continue
		}
		var pos sql.NullInt64
		p.db.QueryRow(`SELECT position FROM layers WHERE table_name = ?`, l.Table).Scan(&pos)
		if err := p.RemoveLayer(l.Table); err != nil {
			return err
		}
		table, err := p.AddLayer(l.Layer, l.Role)
		if err != nil {
			return err
		}
		l.Table, l.fids = table, nil
		if err := p.UpdateLayer(l); err != nil {
			return err
		}
		if _, err := p.db.Exec(`UPDATE layers SET position = ? WHERE table_name = ?`, pos, table); err != nil {
			return fmt.Errorf("store: %s: %w", p.path, err)
		}
	}
	return nil
}
