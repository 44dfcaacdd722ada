package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// import of a zip an office wrote says, a line each, which of its
// Shapefiles became a boundary layer, which service points and which
// were left out; an export's zip (with its _fields.csv) says only counts.
func TestImportOfficeZipLines(t *testing.T) {
	dir := t.TempDir()
	project, _, _ := photoProject(t, dir)
	exported := filepath.Join(dir, "export.zip")
	var out, errOut bytes.Buffer
	if code := runExport([]string{"-project", project, "-o", exported}, &out, &errOut); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut.String())
	}
	office := officeZip(t)
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"office", []string{office}, []string{"  " + office + ": Export/Khoroo: 1 polygon — a boundary layer (khoroo)",
			"  " + office + ": Export/Schools: 1 point — left out beside the areas (import -as points takes them as service points)"}},
		{"office as points", []string{"-as", "points", office}, []string{
			"  " + office + ": Export/Khoroo: 1 polygon — left out beside the points (import without -as points takes them as a boundary layer)",
			"  " + office + ": Export/Schools: 1 point — service points"}},
		{"export", []string{exported}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out.Reset()
			args := append([]string{"-project", filepath.Join(t.TempDir(), "p.gpkg")}, c.args...)
			if code := runImport(args, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var got []string
			for _, line := range strings.Split(out.String(), "\n") {
				if strings.Contains(line, " — ") {
					got = append(got, line)
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("report:\n%s\nwant the lines\n%s", out.String(), strings.Join(c.want, "\n"))
			}
		})
	}
}
