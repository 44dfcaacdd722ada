package store

import (
	"database/sql"
	"fmt"
	"strings"
)

// SettingFormMapping starts the keys of the settings that remember a phone
// form's column mapping, one per form (see geo/phoneform): the form's key
// follows. A merge brings them from the other copies.
const SettingFormMapping = "phone_form_mapping:"

// copySettings brings into p the phone forms' column mappings the other
// copies remember and p does not: p's own (the first copy's) is kept when
// both have one, else the first copy's in the order given, with who saved
// it in the office database when a sync brought it there (see
// SettingFormMappingFrom). A merge reports nothing of them.
func (p *Project) copySettings(from []*projectCopy) error {
	for _, c := range from {
		got, err := c.p.settingsWith(SettingFormMapping)
		if err != nil {
			return err
		}
		if len(got) == 0 {
			continue
		}
		by, err := c.p.settingsWith(SettingFormMappingFrom)
		if err != nil {
			return err
		}
		err = p.tx(func(tx *sql.Tx) error {
			for _, kv := range got {
				r, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, kv[0], kv[1])
				if err != nil {
					return fmt.Errorf("store: %s: copying setting %q from %s: %w", p.path, kv[0], c.p.path, err)
				}
				if added, _ := r.RowsAffected(); added == 1 {
					if err := copyFrom(tx, kv[0], by); err != nil {
						return fmt.Errorf("store: %s: copying who saved %q from %s: %w", p.path, kv[0], c.p.path, err)
					}
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

// copyFrom writes, of by (a copy's SettingFormMappingFrom settings), who
// saved the mapping whose setting is key, when the copy says so.
func copyFrom(tx *sql.Tx, key string, by [][2]string) error {
	want := SettingFormMappingFrom + strings.TrimPrefix(key, SettingFormMapping)
	for _, kv := range by {
		if kv[0] == want && kv[1] != "" {
			_, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, kv[0], kv[1])
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
