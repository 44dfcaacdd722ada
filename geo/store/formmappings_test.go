package store

import (
	"maps"
	"testing"
)

// TestAddFormMappings: mappings of forms the project lacks come in, its
// own is kept, other settings are not listed, and adding again adds
// nothing.
func TestAddFormMappings(t *testing.T) {
	p := newProject(t)
	for k, v := range map[string]string{SettingFormMapping + "form:a": `{"lat":"mine"}`, SettingTitle: "Баянзүрх 2"} {
		if err := p.SetSetting(k, v); err != nil {
			t.Fatal(err)
		}
	}
	from := map[string]string{"form:a": `{"lat":"theirs"}`, "form:b": `{"lon":"x"}`}
	for i, want := range []int{1, 0} {
		if n, err := p.AddFormMappings(from); err != nil || n != want {
			t.Errorf("adding %d: %d added (%v), want %d", i+1, n, err, want)
		}
	}
	got, err := p.FormMappings()
	if want := map[string]string{"form:a": `{"lat":"mine"}`, "form:b": `{"lon":"x"}`}; err != nil || !maps.Equal(got, want) {
		t.Errorf("the project remembers %v (%v), want %v", got, err, want)
	}
}
