package phoneform_test

import (
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

func project(t *testing.T) (*store.Project, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Хороо 5.gpkg")
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p, path
}

// A mapping remembered for a form comes back from the project file, on
// this laptop or another; another form gets the guess.
func TestRememberRoundTrip(t *testing.T) {
	p, path := project(t)
	tab := table(t, "renamed.csv", renamed)
	m, remembered, err := phoneform.Start(p, tab)
	if err != nil || remembered || m.Lat != "" {
		t.Fatalf("a new project remembers %+v (%v, %v)", m, remembered, err)
	}
	m = phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Name: "Байгууллага", Category: "Ангилал", GapKind: "Асуудал",
		Photos: []string{"Байгууллага"}, Codes: map[string]string{"water_kiosk": "school"}}
	if err := phoneform.Remember(p, phoneform.Key(tab), m); err != nil {
		t.Fatal(err)
	}
	p.Close()
	q, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	got, remembered, err := phoneform.Start(q, table(t, "again.csv", renamed))
	if err != nil || !remembered || !equal(got, m) || got.Codes["water_kiosk"] != "school" {
		t.Errorf("%+v (%v, %v)", got, remembered, err)
	}
	if other, remembered, _ := phoneform.Start(q, table(t, "kobo.csv", kobo)); remembered || other.Name != "place/name" {
		t.Errorf("another form: %+v", other)
	}
}

// A damaged remembered mapping says so, and the guess comes with it.
func TestRememberedDamaged(t *testing.T) {
	p, _ := project(t)
	tab := table(t, "kobo.csv", kobo)
	if err := p.SetSetting("phone_form_mapping:"+phoneform.Key(tab), "{not json"); err != nil {
		t.Fatal(err)
	}
	m, remembered, err := phoneform.Start(p, tab)
	if err == nil || remembered || m.Name != "place/name" {
		t.Errorf("%+v %v %v", m, remembered, err)
	}
}

// Points and gaps land in one import; the same file again changes nothing.
func TestImportAnnotations(t *testing.T) {
	p, _ := project(t)
	tab := table(t, "renamed.csv", renamed)
	m := phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Name: "Байгууллага", Category: "Ангилал", GapKind: "Асуудал"}
	for i, want := range []int{1, 0} {
		res, err := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.ImportAnnotations(res.Points, res.Gaps, nil)
		if err != nil || got.Added != want || got.Gaps.Added != want {
			t.Errorf("import %d: %+v %v", i+1, got, err)
		}
	}
	s, err := p.Load()
	if err != nil || len(s.Points) != 1 || len(s.Gaps) != 1 || s.Gaps[0].Kind != "no_lighting" {
		t.Errorf("%v %+v", err, s)
	}
}

// A remembered mapping fitted to a newer export keeps what is still there.
func TestFit(t *testing.T) {
	tab := table(t, "renamed.csv", renamed)
	m := phoneform.Mapping{Lat: "Өргөрөг2", Lon: "Уртраг2", Name: "old name", Photos: []string{"photo", "Асуудал"},
		Codes: map[string]string{"a": "school", "b": "gone"}}
	got := m.Fit(tab, cats)
	if got.Lat != "Өргөрөг2" || got.Name != "" || len(got.Photos) != 1 || got.Codes["a"] != "school" || len(got.Codes) != 1 || len(m.Codes) != 2 {
		t.Errorf("%+v (from %+v)", got, m)
	}
	if got.Check(tab, cats) != nil {
		t.Error(got.Check(tab, cats))
	}
}

// A mapping a leader's copy remembers comes into the file the trainer
// merges, under the key Remembered reads.
func TestRememberedMerged(t *testing.T) {
	trainer, a := project(t)
	leader, b := project(t)
	tab := table(t, "kobo.csv", kobo)
	m := phoneform.Mapping{Geopoint: "place/gps", Name: "place/name", Codes: map[string]string{"1": "school"}}
	if err := phoneform.Remember(leader, phoneform.Key(tab), m); err != nil {
		t.Fatal(err)
	}
	trainer.Close()
	leader.Close()
	out := filepath.Join(t.TempDir(), "merged.gpkg")
	if _, err := store.Merge(out, []string{a, b}); err != nil {
		t.Fatal(err)
	}
	q, err := store.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if got, ok, err := phoneform.Remembered(q, phoneform.Key(tab)); !ok || err != nil || !equal(got, m) {
		t.Errorf("%+v %v %v", got, ok, err)
	}
}

// A mapping a sync took from the office database says who saved it
// there, until the project's own import remembers the form's mapping.
func TestSavedBy(t *testing.T) {
	p, _ := project(t)
	tab := table(t, "kobo.csv", kobo)
	form := phoneform.Key(tab)
	if n, err := p.AddFormMappings(map[string]store.FormMapping{form: {JSON: `{"name":"place/other_name"}`, From: "bat"}}); n != 1 || err != nil {
		t.Fatalf("took %d mappings (%v)", n, err)
	}
	m, remembered, err := phoneform.Start(p, tab)
	if by, byErr := phoneform.SavedBy(p, form); !remembered || err != nil || m.Name != "place/other_name" || by != "bat" || byErr != nil {
		t.Errorf("the synced mapping opens as %+v (remembered %v, %v), saved by %q (%v); want it, saved by bat", m, remembered, err, by, byErr)
	}
	if err := phoneform.Remember(p, form, m); err != nil {
		t.Fatal(err)
	}
	if by, err := phoneform.SavedBy(p, form); by != "" || err != nil {
		t.Errorf("after the project's own import the mapping is saved by %q (%v), want the project's", by, err)
	}
}
