package phoneform

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Settings keeps small texts by key inside a project (store.Project's
// settings), so a mapping travels with the project file.
type Settings interface {
	Setting(key string) (string, bool, error)
	SetSetting(key, value string) error
}

// settingPrefix starts the key of a remembered mapping in the project's
// settings; the form's key (see Key) follows. fromPrefix starts the key
// of who saved it in the office database a sync took it from (empty when
// the project's own import remembered it). geo/store names both keys
// too.
const (
	settingPrefix = "phone_form_mapping:"
	fromPrefix    = "phone_form_mapping_from:"
)

// Remembered returns the mapping remembered in a project for a form, and
// whether there is one. A remembered mapping that does not read (a damaged
// or hostile project) is an error naming the form.
func Remembered(s Settings, form string) (Mapping, bool, error) {
	var m Mapping
	v, ok, err := s.Setting(settingPrefix + form)
	if err != nil || !ok {
		return m, false, err
	}
	if err := json.Unmarshal([]byte(v), &m); err != nil {
		return Mapping{}, false, words.Errorf("phoneform: the column mapping remembered for the form %q does not read (%v); choose the columns again", form, err)
	}
	return m, true, nil
}

// Remember keeps m in the project as the mapping of a form, the
// project's own (see SavedBy).
func Remember(s Settings, form string, m Mapping) error {
	data, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("phoneform: %w", err)
	}
	if _, ok, err := s.Setting(fromPrefix + form); ok || err != nil {
		if err := s.SetSetting(fromPrefix+form, ""); err != nil {
			return err
		}
	}
	return s.SetSetting(settingPrefix+form, string(data))
}

// SavedBy says who saved in the office database the mapping remembered
// for a form, when a sync brought it from there; "" when the project's
// own import remembered it, or none is.
func SavedBy(s Settings, form string) (string, error) {
	by, _, err := s.Setting(fromPrefix + form)
	return by, err
}

// Start is the mapping to begin with for a table: the one remembered for
// its form, else the guess from its header. remembered says which; err,
// when a remembered one does not read, comes with the guess.
func Start(s Settings, t *Table) (m Mapping, remembered bool, err error) {
	m, ok, err := Remembered(s, Key(t))
	if ok {
		return m, true, nil
	}
	return Guess(t.Header), false, err
}

// Fit drops from m what t or the project no longer has: columns not in the
// file (a form's next version without that question) and codes mapped to
// categories the project lacks, so a remembered mapping can prefill the
// window for a newer export.
func (m Mapping) Fit(t *Table, cats []annot.Category) Mapping {
	for _, p := range m.Problems(t, cats) {
		switch p.What {
		case NotInFile:
			m.Photos = slices.DeleteFunc(slices.Clone(m.Photos), func(c string) bool { return c == p.Column })
			if p.Field != Photo {
				m.SetColumn(p.Field, "")
			}
		case UnknownCategory:
			m.Codes = maps.Clone(m.Codes)
			delete(m.Codes, p.Value)
		}
	}
	return m
}
