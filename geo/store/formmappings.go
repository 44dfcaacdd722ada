package store

import (
	"database/sql"
	"fmt"
	"strings"
)

// FormMappings returns the phone forms' column mappings the project
// remembers, by form key (the setting's key without SettingFormMapping),
// each as the JSON it was saved as.
func (p *Project) FormMappings() (map[string]string, error) {
	got, err := p.settingsWith(SettingFormMapping)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(got))
	for _, kv := range got {
		out[strings.TrimPrefix(kv[0], SettingFormMapping)] = kv[1]
	}
	return out, nil
}

// AddFormMappings remembers the mappings of forms, by form key, that the
// project does not remember yet, in one transaction, and returns how
// many it added: a mapping the project has is kept, as a merge does.
func (p *Project) AddFormMappings(m map[string]string) (int, error) {
	n := 0
	err := p.tx(func(tx *sql.Tx) error {
		for form, v := range m {
			r, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, SettingFormMapping+form, v)
			if err != nil {
				return fmt.Errorf("store: %s: remembering the column mapping of the form %q: %w", p.path, form, err)
			}
			added, _ := r.RowsAffected()
			n += int(added)
		}
		return nil
	})
	return n, err
}
