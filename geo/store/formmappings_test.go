package store

import (
	"maps"
	"testing"
)

// TestAddFormMappings: mappings of forms the project lacks come in, with
// who saved them in the office database, its own is kept (and not said
// to be anyone's), other settings are not listed, and adding again adds
// nothing.
func TestAddFormMappings(t *testing.T) {
	p := newProject(t)
	for k, v := range map[string]string{SettingFormMapping + "form:a": `{"lat":"mine"}`, SettingTitle: "Баянзүрх 2"} {
		if err := p.SetSetting(k, v); err != nil {
			t.Fatal(err)
		}
	}
	from := map[string]FormMapping{"form:a": {`{"lat":"theirs"}`, "bat"}, "form:b": {`{"lon":"x"}`, "saran"}}
	for i, want := range []int{1, 0} {
		if n, err := p.AddFormMappings(from); err != nil || n != want {
			t.Errorf("adding %d: %d added (%v), want %d", i+1, n, err, want)
		}
	}
	got, err := p.FormMappings()
	if want := map[string]string{"form:a": `{"lat":"mine"}`, "form:b": `{"lon":"x"}`}; err != nil || !maps.Equal(got, want) {
		t.Errorf("the project remembers %v (%v), want %v", got, err, want)
	}
	for form, want := range map[string]string{"form:a": "", "form:b": "saran"} {
		if by, _, err := p.Setting(SettingFormMappingFrom + form); by != want || err != nil {
			t.Errorf("the mapping of %s was saved by %q (%v), want %q", form, by, err, want)
		}
	}
}
