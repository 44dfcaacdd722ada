package store

import (
	"database/sql"
	"errors"
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// copyPhotos brings into p, one at a time, the photos s shows that p
// lacks, from the first of the other copies that holds each. A photo no
// copy holds is reported with its annotation's file.
func (p *Project) copyPhotos(s *annot.Set, from []*projectCopy) error {
	return p.tx(func(tx *sql.Tx) error {
		for _, id := range s.PhotoIDs() {
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM media WHERE uuid = ?`, id).Scan(&n); err != nil {
				return fmt.Errorf("store: %w", err)
			}
			if n > 0 {
				continue
			}
			if err := copyPhoto(tx, id, from); err != nil {
				return err
			}
		}
		return nil
	})
}

func copyPhoto(tx *sql.Tx, id string, from []*projectCopy) error {
	for _, c := range from {
		c.p.mu.Lock()
		ph, err := readPhoto(c.p.db, id)
		c.p.mu.Unlock()
		if errors.Is(err, ErrNoPhoto) {
			continue
		}
		if err != nil {
			return fmt.Errorf("store: %s: photo %s: %w", c.p.path, id, err)
		}
		if err := validPhoto(&ph); err != nil {
			return fmt.Errorf("%w (in %s)", err, c.p.path)
		}
		return putPhoto(tx, &ph)
	}
	return words.Errorf("store: merging: no copy holds the photo %s that an annotation shows", id)
}
