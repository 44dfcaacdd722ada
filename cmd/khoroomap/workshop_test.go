package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runOK calls a sub-command in-process and fails on a non-zero exit.
func runOK(t *testing.T, f func([]string, *bytes.Buffer, *bytes.Buffer) int, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := f(args, &out, &errOut); code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
	}
	return out.String()
}

// cmd adapts a sub-command to runOK.
func cmd(f func([]string, io.Writer, io.Writer) int) func([]string, *bytes.Buffer, *bytes.Buffer) int {
	return func(a []string, o, e *bytes.Buffer) int { return f(a, o, e) }
}

// TestWorkshop is a 20-laptop workshop through the commands: each
// participant's fresh training copy gets two own points and an edit of one
// of five sample points (kiosks 0, 2, 4: every editor makes the same
// change; kiosks 1, 3: each writes their own note). The trainer merges the
// 20 files in one step: the 38 points of participants 2 to 20 come in
// (the first file is the base), only the two kiosks with
// differing notes need review (each with its 3 other versions), and the
// review ends at 0.
func TestWorkshop(t *testing.T) {
	dir := t.TempDir()
	sample := filepath.Join(dir, "sample.geojson")
	runOK(t, cmd(runTraining), "-o", filepath.Join(dir, "t.gpkg"))
	runOK(t, cmd(runExport), "-project", filepath.Join(dir, "t.gpkg"), "-o", sample)
	var fc struct {
		Features []map[string]any `json:"features"`
	}
	raw, _ := os.ReadFile(sample)
	if err := json.Unmarshal(raw, &fc); err != nil {
		t.Fatal(err)
	}
	var copies []string
	for i := range 20 {
		k := i % 5
		edited := map[string]any{}
		for key, v := range fc.Features[k] {
			edited[key] = v
		}
		props := map[string]any{}
		for key, v := range fc.Features[k]["properties"].(map[string]any) {
			props[key] = v
		}
		props["modified"] = fmt.Sprintf("2026-11-02T10:%02d:00Z", i)
		if k%2 == 0 {
			props["status"] = "closed"
		} else {
			props["notes"] = fmt.Sprintf("seen by participant %d", i)
		}
		edited["properties"] = props
		own := func(j int) map[string]any {
			return map[string]any{"type": "Feature", "properties": map[string]any{"name": fmt.Sprintf("P%d's kiosk %d", i, j), "category": "water_kiosk"},
				"geometry": map[string]any{"type": "Point", "coordinates": []float64{106.80 + float64(i)*0.002, 47.80 + float64(j)*0.002}}}
		}
		b, _ := json.Marshal(map[string]any{"type": "FeatureCollection", "features": []any{edited, own(0), own(1)}})
		file := filepath.Join(dir, fmt.Sprintf("p%02d.geojson", i))
		os.WriteFile(file, b, 0o644)
		gpkg := filepath.Join(dir, fmt.Sprintf("training-p%02d.gpkg", i))
		runOK(t, cmd(runTraining), "-o", gpkg)
		runOK(t, cmd(runImport), "-project", gpkg, "-as", "points", "-author", fmt.Sprint("P", i), file)
		copies = append(copies, gpkg)
	}
	merged := filepath.Join(dir, "merged.gpkg")
	var rep struct {
		Added, Duplicates, Conflicts int
		NeedsReview                  int `json:"needs_review"`
		Inputs                       []struct {
			File string
			Who  []string
		}
	}
	out := runOK(t, cmd(runMerge), append([]string{"-json", "-o", merged}, copies...)...)
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err, out)
	}
	if rep.Added != 38 || rep.Duplicates != 0 || rep.Conflicts != 6 || rep.NeedsReview != 8 || len(rep.Inputs) != 20 {
		t.Fatalf("merge report: %s", out)
	}
	if who := rep.Inputs[7].Who; !slices.Contains(who, "P7") {
		t.Errorf("participant 7's line names %v", who)
	}
	if who := rep.Inputs[0].Who; !slices.Equal(who, []string{"P0"}) {
		t.Errorf("the first copy, the base, names %v, want P0", who)
	}
	text := runOK(t, cmd(runMerge), append([]string{"-o", filepath.Join(dir, "again.gpkg")}, copies...)...)
	if !strings.Contains(text, copies[0]+" (P0): the base") || !strings.Contains(text, copies[7]+" (P7): ") {
		t.Errorf("the report has no line for the first copy, or names no one:\n%s", text)
	}
	list := runOK(t, cmd(runReview), "-project", merged, "-list", "-lang", "mn")
	lines := strings.Split(strings.TrimSpace(list), "\n")
	if len(lines) != 9 || lines[8] != "8 to review" || !strings.Contains(list, "хувилбар") {
		t.Fatalf("review list:\n%s", list)
	}
	var copyID, keptID string
	for _, l := range lines[:8] {
		id, rest, _ := strings.Cut(l, "\t")
		if strings.Contains(rest, "өөр хувилбар") && copyID == "" {
			copyID = id
		}
		if strings.Contains(rest, "Хоёр хувилбарт") && keptID == "" {
			keptID = id
		}
	}
	if !strings.Contains(runOK(t, cmd(runReview), "-project", merged, "-keep", copyID), "; 4 to review") {
		t.Error("keeping one version of four should settle four")
	}
	other := ""
	for _, l := range strings.Split(runOK(t, cmd(runReview), "-project", merged, "-list"), "\n") {
		if id, rest, ok := strings.Cut(l, "\t"); ok && strings.Contains(rest, "Two copies") {
			other = id
		}
	}
	if other == "" || keptID == "" {
		t.Fatal("the second conflict is gone from the list")
	}
	if !strings.Contains(runOK(t, cmd(runReview), "-project", merged, "-keep-both", other), "; 0 to review") {
		t.Error("keeping every version of the last conflict should end the review")
	}
	var errOut bytes.Buffer
	if code := runReview([]string{"-project", merged, "-accept", other}, &bytes.Buffer{}, &errOut); code != 1 || !strings.Contains(errOut.String(), "merged.gpkg") {
		t.Errorf("accepting what needs no review: exit %d, %q", code, errOut.String())
	}
	for _, bad := range [][]string{{"-project", merged}, {"-project", merged, "-list", "-accept-all"}, {"-list"}, {"-project", merged, "-keep", "a", "-same", "b"}} {
		if code := runReview(bad, &bytes.Buffer{}, &bytes.Buffer{}); code != 2 {
			t.Errorf("review %v: exit %d, want 2", bad, code)
		}
	}
	if out := runOK(t, cmd(runReview), "-project", merged, "-accept-all"); out != "0 edit(s) saved; 0 to review\n" {
		t.Errorf("accepting all when nothing is marked: %q", out)
	}
}

// training refuses to replace a file without -force, and an output it
// cannot write, in one line each.
func TestTrainingRefuses(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "training.gpkg")
	runOK(t, cmd(runTraining), "-o", path)
	for _, args := range [][]string{{"-o", path}, {"-o", dir}, {"-o", filepath.Join(dir, "missing", "t.gpkg")}} {
		var out, errOut bytes.Buffer
		if code := runTraining(args, &out, &errOut); code != 1 || strings.Count(errOut.String(), "\n") != 1 {
			t.Errorf("%v: exit %d, %q", args, code, errOut.String())
		}
	}
	runOK(t, cmd(runTraining), "-force", "-o", path)
	if out := runOK(t, cmd(runTraining), "-reset", "-o", path); !strings.Contains(out, "training-backup-") {
		t.Errorf("reset said %q", out)
	}
	if matches, _ := filepath.Glob(filepath.Join(dir, "training-backup-*.gpkg")); len(matches) != 1 {
		t.Errorf("backups: %v", matches)
	}
}
