package store

import (
	"database/sql"
	"fmt"
)

// SettingFormMapping starts the keys of the settings that remember a phone
// form's column mapping, one per form (see geo/phoneform): the form's key
// follows. A merge brings them from the other copies.
const SettingFormMapping = "phone_form_mapping:"

// copySettings brings into p the phone forms' column mappings the other
// copies remember and p does not: p's own (the first copy's) is kept when
// both have one, else the first copy's in the order given. A merge
// reports nothing of them.
func (p *Project) copySettings(from []*projectCopy) error {
	for _, c := range from {
		got, err := c.p.settingsWith(SettingFormMapping)
		if err != nil {
			return err
		}
		if len(got) == 0 {
			continue
		}
		err = p.tx(func(tx *sql.Tx) error {
			for _, kv := range got {
				if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, kv[0], kv[1]); err != nil {
					return fmt.Errorf("store: %s: copying setting %q from %s: %w", p.path, kv[0], c.p.path, err)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// settingsWith reads the settings whose key starts with prefix, as key
// and value pairs.
func (p *Project) settingsWith(prefix string) ([][2]string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rows, err := p.db.Query(`SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?`, len(prefix), prefix)
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading settings: %w", p.path, err)
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var k string
		var v sql.NullString
		if err := rows.Scan(&k, &v); err != nil {
			return nil, fmt.Errorf("store: %s: reading settings: %w", p.path, err)
		}
		out = append(out, [2]string{k, v.String})
	}
	return out, rows.Err()
}
