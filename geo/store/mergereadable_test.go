package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// badCopies are four copies no merge may read, as a tester's USB stick
// held them: a stranger's trigger, a recursive view, a half-copied file
// and one no longer there.
func badCopies(t *testing.T, dir string) []string {
	half := filepath.Join(dir, "half.gpkg")
	must(t, os.WriteFile(half, []byte("SQLite format 3\x00 half copied"), 0o644))
	return []string{
		craft(t, dir, "trigger.gpkg", `CREATE TRIGGER spin AFTER INSERT ON service_points BEGIN DELETE FROM categories; END`),
		craft(t, dir, "view.gpkg", `DROP TABLE service_points`,
			`CREATE VIEW service_points AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS fid FROM r`),
		half, filepath.Join(dir, "gone.gpkg"),
	}
}

// Every input is read before anything merges: the refused ones are all
// named, each with its reason, the good one is merged, and with none good
// nothing is written and the error names all four. MergeFiles refuses
// the lot, naming all four too.
func TestMergeReadableNamesEveryRefused(t *testing.T) {
	dir := t.TempDir()
	base := craft(t, dir, "base.gpkg")
	bad := badCopies(t, dir)
	good := craft(t, dir, "good.gpkg")
	p := newProjectAt(t, good)
	pt := samplePoint("шинэ", orb.Point{106.95, 47.9})
	must(t, p.Apply(annot.Touch(annot.Change{NewPoint: &pt}, "Болд", t0)))
	p.Close()
	names := func(text string) bool {
		for _, f := range []string{"trigger.gpkg", "view.gpkg", "half.gpkg", "gone.gpkg"} {
			if !strings.Contains(text, f) {
				return false
			}
		}
		return true
	}
	out := filepath.Join(dir, "out.gpkg")
	sum, err := MergeReadable(out, append([]string{base}, append(bad, good)...))
	if err != nil || len(sum.Refused) != 4 || len(sum.Inputs) != 2 || len(sum.Inputs[1].Report.Added)+len(sum.Inputs[1].Report.Duplicates) != 2 {
		t.Fatalf("merged %+v, refused %v: %v", sum, sum.Refused, err)
	}
	var all []string
	for _, e := range sum.Refused {
		all = append(all, e.Error())
	}
	if !names(strings.Join(all, "\n")) || !strings.Contains(all[0], "trigger") || !strings.Contains(all[1], "view") {
		t.Errorf("refused:\n%s", strings.Join(all, "\n"))
	}
	if countPoints(t, out) != 3 {
		t.Errorf("%d points merged, want 3", countPoints(t, out))
	}
	none := filepath.Join(dir, "none.gpkg")
	if _, err := MergeReadable(none, append([]string{base}, bad...)); err == nil || !names(err.Error()) {
		t.Errorf("nothing to merge: %v", err)
	}
	if _, err := os.Stat(none); !os.IsNotExist(err) {
		t.Error("a merge of nothing wrote a file")
	}
	if _, err := MergeFiles(none, append([]string{base, good}, bad...)); err == nil || !names(err.Error()) {
		t.Errorf("MergeFiles: %v", err)
	}
}
