package store

import (
	"database/sql"
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// SettingSyncID is the project's identity towards the office database: a
// UUID made at its first sync.
const SettingSyncID = "sync.project"

// SyncID returns the project's identity towards the office database,
// making and saving one the first time.
func (p *Project) SyncID() (string, error) {
	id, ok, err := p.Setting(SettingSyncID)
	if err != nil || ok {
		return id, err
	}
	id = annot.NewID()
	return id, p.SetSetting(SettingSyncID, id)
}

// Replace makes the project's annotations s and adds the revisions revs,
// writing only what differs, in one transaction: a crash leaves the old
// ones or the new ones, never a mix.
func (p *Project) Replace(s *annot.Set, revs annot.Revisions) error {
	return p.ReplaceWithPhotos(s, revs, nil)
}

// ReplaceWithPhotos is Replace that, first in the same transaction, stores
// each photo fetch hands to put: the photos s shows that the project
// lacks (see MissingPhotos). fetch runs with the project locked and must
// not call its methods; a photo that is not a JPEG or PNG, whose ID is
// not the SHA-256 of its data or that declares too many pixels is
// refused, and then nothing is written. s is compared with the project
// after fetch returns, so fetch may take out of s the photos it did not
// store. A nil fetch stores no photo. Each of keep, called after fetch,
// gives a setting that the same transaction saves (what the fetch found,
// kept with what it brought).
func (p *Project) ReplaceWithPhotos(s *annot.Set, revs annot.Revisions, fetch func(put func(photo.Photo) error) error, keep ...func() (key, value string)) error {
	cur, err := p.Load()
	if err != nil {
		return err
	}
	curRevs, err := p.Revisions()
	if err != nil {
		return err
	}
	first := func(tx *sql.Tx) error {
		if fetch != nil {
			if err := fetch(func(ph photo.Photo) error { return putChecked(tx, ph) }); err != nil {
				return err
			}
		}
		for _, k := range keep {
			key, value := k()
			if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
				return fmt.Errorf("store: saving setting %q: %w", key, err)
			}
		}
		return nil
	}
	return p.writeDiff(&projectCopy{set: cur, revs: curRevs}, &projectCopy{set: s, revs: revs}, first)
}

// putChecked stores ph after the checks a photo from outside passes.
func putChecked(tx *sql.Tx, ph photo.Photo) error {
	if err := validPhoto(&ph); err != nil {
		return err
	}
	if err := photo.CheckSize(ph.Data); err != nil {
		return fmt.Errorf("store: photo %s: %w", ph.ID, err)
	}
	return putPhoto(tx, &ph)
}

// MissingPhotos returns those of ids the project holds no photo for, in
// the order given.
func (p *Project) MissingPhotos(ids []string) ([]string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, id := range ids {
		var n int
		if err := p.db.QueryRow(`SELECT count(*) FROM media WHERE uuid = ?`, id).Scan(&n); err != nil {
			return nil, fmt.Errorf("store: %s: %w", p.path, err)
		}
		if n == 0 {
			out = append(out, id)
		}
	}
	return out, nil
}
