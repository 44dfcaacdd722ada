package store

import (
	"database/sql"
	"errors"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Setting keys a project uses.
const (
	// SettingTitle is the project's display name.
	SettingTitle = "title"
	// SettingAuthor is who edits this copy of the project.
	SettingAuthor = "author"
	// SettingBasemap is the path of the basemap the project uses.
	SettingBasemap = "basemap"
)

// Setting returns a project setting, or "" and false when unset.
func (p *Project) Setting(key string) (string, bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var v sql.NullString
	err := p.db.QueryRow(`SELECT value FROM settings WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, words.Errorf("store: %s: reading setting %q: %w", p.path, key, err)
	}
	return v.String, true, nil
}

// SetSetting saves a project setting in its own transaction.
func (p *Project) SetSetting(key, value string) error {
	return p.tx(func(tx *sql.Tx) error {
		if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value); err != nil {
			return words.Errorf("store: saving setting %q: %w", key, err)
		}
		return nil
	})
}
