package store

import (
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A trainer merges three leaders' copies: the phone forms' column
// mappings only later copies remember come into the merged file, the
// first copy's own is kept when another copy remembers the same form
// otherwise, the first later copy wins over the next, other settings stay
// the first copy's, and the report says nothing of them. Who saved a
// mapping in the office database comes with the mapping, not without.
func TestMergeCopiesFormMappings(t *testing.T) {
	dir := t.TempDir()
	settings := []map[string]string{
		{SettingFormMapping + "form:a": `{"name":"trainer"}`, SettingAuthor: "Trainer"},
		{SettingAuthor: "Leader 1"},
		{SettingFormMapping + "form:a": `{"name":"leader 2"}`, SettingFormMapping + "form:b": `{"name":"leader 2"}`, SettingTitle: "Leader 2's",
			SettingFormMappingFrom + "form:a": "saran", SettingFormMappingFrom + "form:b": "bat"},
		{SettingFormMapping + "form:b": `{"name":"leader 3"}`, SettingFormMapping + "header:0f": `{"lat":"y"}`},
	}
	var inputs []string
	for i, kv := range settings {
		path := filepath.Join(dir, string(rune('a'+i))+".gpkg")
		p := newProjectAt(t, path)
		for k, v := range kv {
			must(t, p.SetSetting(k, v))
		}
		p.Close()
		inputs = append(inputs, path)
	}
	out := filepath.Join(dir, "merged.gpkg")
	rep, err := Merge(out, inputs)
	must(t, err)
	if rep.String() != (&annot.MergeReport{}).String() {
		t.Errorf("report:\n%s", rep)
	}
	m := newProjectAt(t, out)
	defer m.Close()
	for k, want := range map[string]string{
		SettingFormMapping + "form:a":     `{"name":"trainer"}`,
		SettingFormMapping + "form:b":     `{"name":"leader 2"}`,
		SettingFormMapping + "header:0f":  `{"lat":"y"}`,
		SettingAuthor:                     "Trainer",
		SettingTitle:                      "",
		SettingFormMappingFrom + "form:a": "",
		SettingFormMappingFrom + "form:b": "bat",
	} {
		if got, _, err := m.Setting(k); err != nil || got != want {
			t.Errorf("%s = %q (%v), want %q", k, got, err, want)
		}
	}
}
