package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// mergedFile is what must not depend on the merge order: each
// annotation's content and whether it is marked, sorted.
func mergedFile(t *testing.T, path string) []string {
	p := newProjectAt(t, path)
	defer p.Close()
	s, err := p.Load()
	must(t, err)
	var out []string
	for _, pt := range s.Points {
		out = append(out, fmt.Sprint(pt.ID, pt.Content(), pt.Review != ""))
	}
	for _, g := range s.Gaps {
		out = append(out, fmt.Sprint(g.ID, g.Content(), g.Review != ""))
	}
	sort.Strings(out)
	return out
}

// Three participants edit their training copies (two change the same
// kiosk differently, one deletes a point another edits, each adds one):
// merged as files in all six orders, the result is the same, and merging
// it again with one of the copies changes nothing.
func TestMergeFilesAnyOrder(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "training.gpkg")
	createSample(t, base)
	data, err := os.ReadFile(base)
	must(t, err)
	edits := []func(s *annot.Set) []annot.Change{
		func(s *annot.Set) []annot.Change { return []annot.Change{withNotes(s.Points[0], "A"), added(s, "A")} },
		func(s *annot.Set) []annot.Change {
			return []annot.Change{withNotes(s.Points[0], "B"), withNotes(s.Points[1], "B"), added(s, "B")}
		},
		func(s *annot.Set) []annot.Change { return []annot.Change{{OldPoint: &s.Points[1]}, added(s, "C")} },
	}
	var copies []string
	for i, edit := range edits {
		path := filepath.Join(dir, fmt.Sprintf("p%d.gpkg", i))
		must(t, os.WriteFile(path, data, 0o644))
		p := newProjectAt(t, path)
		s, err := p.Load()
		must(t, err)
		for _, c := range edit(s) {
			must(t, p.Apply(annot.Touch(c, fmt.Sprint("P", i), t0.Add(time.Duration(i+1)*time.Hour))))
		}
		p.Close()
		copies = append(copies, path)
	}
	var first []string
	for k, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		out := filepath.Join(dir, fmt.Sprintf("m%d.gpkg", k))
		var in []string
		for _, i := range order {
			in = append(in, copies[i])
		}
		_, err := MergeFiles(out, in)
		must(t, err)
		got := mergedFile(t, out)
		if first == nil {
			first = got
			if n := countMarked(got); n != 3 {
				t.Errorf("%d marked, want 3: the kiosk A and B changed, its other version, the point C deleted and B changed", n)
			}
			continue
		}
		if !slices.Equal(got, first) {
			t.Errorf("order %v:\n%v\nfirst:\n%v", order, got, first)
		}
	}
	again, err := MergeFiles(filepath.Join(dir, "again.gpkg"), []string{filepath.Join(dir, "m0.gpkg"), copies[2]})
	must(t, err)
	if tot := again.Total(); len(tot.Added)+len(tot.Updated)+len(tot.Deleted)+len(tot.Conflicts)+len(tot.Duplicates) != 0 {
		t.Errorf("merging a copy again:\n%s", tot)
	}
}

func withNotes(p annot.Point, notes string) annot.Change {
	q := p
	q.Notes = notes
	return annot.Change{OldPoint: &p, NewPoint: &q}
}

func added(s *annot.Set, who string) annot.Change {
	p := samplePoint(who+"'s well", s.Points[0].Location)
	p.Location[1] += 0.01 * float64(len(who)+int(who[0]-'A'))
	return annot.Change{NewPoint: &p}
}

func countMarked(rows []string) int {
	n := 0
	for _, r := range rows {
		if strings.HasSuffix(r, "true") {
			n++
		}
	}
	return n
}
