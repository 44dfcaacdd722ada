package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// The command takes the distance a trainer kept in the project, as the
// window's coverage panel does (coverage.Distance), for one category and
// in the summary.
func TestCoverageKeptDistance(t *testing.T) {
	dir := t.TempDir()
	project := filepath.Join(dir, "p.gpkg")
	r, err := workspace.ReadFile(project, workspace.Sample)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Project.SetSetting(coverage.SettingKey("water_kiosk"), "123"); err != nil {
		t.Fatal(err)
	}
	r.Close()
	var stdout, stderr bytes.Buffer
	out := filepath.Join(dir, "c.csv")
	if code := runCoverage([]string{"-project", project, "-category", "water_kiosk", "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "beyond 123 m") {
		t.Errorf("not the kept distance: %s", stdout.String())
	}
}
