package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/store"
)

// A trainer's own form, exported by KoBoToolbox: the position in
// questions the guess does not know, categories as numbers.
const renamedKobo = "Байгууллага;Ангилал;Өргөрөг2;Уртраг2;_uuid;_xform_id_string\n" +
	"Ус түгээх 3-р байр;1;47.955;106.92;u-1;tr01\n" +
	"45-р сургууль;2;47.958;106.925;u-2;tr01\n"

const renamedMap = `{"lat": "Өргөрөг2", "lon": "Уртраг2", "name": "Байгууллага", "category": "Ангилал", "id": "_uuid", "codes": {"1": "water_kiosk", "2": "kindergarten"}}`

// `import` of a phone form: refused in one line a column at a time while
// nothing says where the position is (no project made), imported through
// -map, which the project then remembers for the form; the same export
// again without -map updates nothing.
func TestImportPhoneForm(t *testing.T) {
	dir := t.TempDir()
	project := filepath.Join(dir, "p.gpkg")
	csv := writeFile(t, "kobo.csv", renamedKobo)
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", project, csv}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "kobo.csv: no position") {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if _, err := os.Stat(project); err == nil {
		t.Error("a refused import created a project")
	}
	mapFile := writeFile(t, "map.json", renamedMap)
	for i, want := range []string{"service points: 2 added, 0 updated, 0 unchanged; gap points: 0 added, 0 updated, 0 unchanged", "0 added, 0 updated, 2 unchanged"} {
		args := []string{"-project", project, "-map", mapFile, csv}
		if i == 1 {
			args = []string{"-project", project, csv}
		}
		out.Reset()
		errOut.Reset()
		if code := runImport(args, &out, &errOut); code != 0 || !strings.Contains(out.String(), want) {
			t.Fatalf("import %d: exit %d: %s%s", i+1, code, out.String(), errOut.String())
		}
	}
	if !strings.Contains(out.String(), "form:tr01, the mapping remembered in the project") {
		t.Errorf("%s", out.String())
	}
	p, err := store.Open(project)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	s, _ := p.Load()
	if len(s.Points) != 2 || s.Points[1].Category != "kindergarten" && s.Points[0].Category != "kindergarten" {
		t.Errorf("%+v", s.Points)
	}
}

// A -map that is no mapping is refused in one line before anything is
// read into the project.
func TestImportPhoneFormBadMap(t *testing.T) {
	project := filepath.Join(t.TempDir(), "p.gpkg")
	for _, data := range []string{`{"lat": 1}`, `{"latitude": "x"}`, `[`} {
		var out, errOut bytes.Buffer
		code := runImport([]string{"-project", project, "-map", writeFile(t, "map.json", data), writeFile(t, "kobo.csv", renamedKobo)}, &out, &errOut)
		if code != 1 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), "map.json: not a column mapping") {
			t.Errorf("%s: exit %d: %q", data, code, errOut.String())
		}
	}
	if _, err := os.Stat(project); err == nil {
		t.Error("a refused import created a project")
	}
}

// -show-map prints the mapping an import would use, as -map reads it, and
// imports nothing: a start for writing one.
func TestImportPhoneFormShowMap(t *testing.T) {
	project := filepath.Join(t.TempDir(), "p.gpkg")
	csv := writeFile(t, "kobo.csv", renamedKobo)
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", project, "-show-map", csv}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "kobo.csv (form form:tr01, the mapping guessed from the columns):\n{\n  \"id\": \"_uuid\"\n}") {
		t.Fatalf("exit %d: %s%s", code, out.String(), errOut.String())
	}
	if _, err := os.Stat(project); err == nil {
		t.Error("-show-map created a project")
	}
	runImport([]string{"-project", project, "-map", writeFile(t, "map.json", renamedMap), csv}, &out, &errOut)
	out.Reset()
	if code := runImport([]string{"-project", project, "-show-map", csv}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "the mapping remembered in the project") || !strings.Contains(out.String(), `"2": "kindergarten"`) {
		t.Errorf("exit %d: %s", code, out.String())
	}
}

// -show-map says that the mapping a sync brought from the office
// database is saved there by its author, not remembered from an import.
func TestImportPhoneFormShowsOfficeMapping(t *testing.T) {
	project := filepath.Join(t.TempDir(), "p.gpkg")
	must(t, store.Create(project))
	p, err := store.Open(project)
	must(t, err)
	_, err = p.AddFormMappings(map[string]store.FormMapping{"form:tr01": {JSON: renamedMap, From: "bat"}})
	p.Close()
	must(t, err)
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", project, "-show-map", writeFile(t, "kobo.csv", renamedKobo)}, &out, &errOut); code != 0 ||
		!strings.Contains(out.String(), "kobo.csv (form form:tr01, the mapping saved in the office database by bat):") || !strings.Contains(out.String(), `"2": "kindergarten"`) {
		t.Errorf("exit %d: %s%s", code, out.String(), errOut.String())
	}
}
