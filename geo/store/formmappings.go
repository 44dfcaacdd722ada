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

// SettingFormMappingFrom starts the keys of the settings that say who
// saved, in the office database it came from, a phone form's column
// mapping the project took by a sync (see AddFormMappings): the form's
// key follows. The project's own import of the form empties it (see
// geo/phoneform's Remember).
const SettingFormMappingFrom = "phone_form_mapping_from:"

// FormMapping is a phone form's column mapping as its JSON, and who
// saved it in the office database it comes from.
type FormMapping struct {
	JSON, From string
}

// AddFormMappings remembers the mappings of forms, by form key, that the
// project does not remember yet, with who saved each, in one
// transaction, and returns how many it added: a mapping the project has
// is kept, as a merge does.
func (p *Project) AddFormMappings(m map[string]FormMapping) (int, error) {
	n := 0
	err := p.tx(func(tx *sql.Tx) error {
		for form, v := range m {
			r, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, SettingFormMapping+form, v.JSON)
			if err != nil {
				return fmt.Errorf("store: %s: remembering the column mapping of the form %q: %w", p.path, form, err)
			}
			if added, _ := r.RowsAffected(); added == 0 {
				continue
			}
			if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
				SettingFormMappingFrom+form, v.From); err != nil {
				return fmt.Errorf("store: %s: remembering who saved the column mapping of the form %q: %w", p.path, form, err)
			}
			n++
		}
		return nil
	})
	return n, err
}
