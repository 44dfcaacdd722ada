package store

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// fileRows are the rows of a merged file's annotation tables, every
// column but fid, and every revision each annotation went through (the
// table holds the past ones, the rows the current), sorted.
func fileRows(t *testing.T, path string) []string {
	db, err := sql.Open("sqlite", path)
	must(t, err)
	defer db.Close()
	var out []string
	for _, q := range []string{
		`SELECT uuid, category, name, status, notes, observed, recorded_by, created, modified, author, rev, review, hex(geom) FROM ` + tablePoints,
		`SELECT uuid, kind, severity, status, notes, created, modified, author, rev, review, hex(geom) FROM ` + tableGapPoints,
		`SELECT uuid, rev FROM revisions UNION SELECT uuid, rev FROM ` + tablePoints + ` UNION SELECT uuid, rev FROM ` + tableGapPoints,
	} {
		rows, err := db.Query(q)
		must(t, err)
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			must(t, rows.Scan(ptrs...))
			out = append(out, fmt.Sprintln(vals...))
		}
		rows.Close()
	}
	slices.Sort(out)
	return out
}

// reimported is p as a laptop's import of an exported file sets it: the
// file's modified time, the importer as author, a revision derived from
// the content, as two laptops importing the same version hold it.
func reimported(p annot.Point, who string, h int, f func(*annot.Point)) annot.Change {
	q := p
	f(&q)
	q.Modified, q.Author = t0.Add(time.Duration(h)*time.Hour), who
	q.Rev = annot.ContentRev(q.ID, q.Content())
	return annot.Change{OldPoint: &p, NewPoint: &q}
}

// The tester's four laptops: 1 and 4 import the same rename of the first
// kiosk (01:00, 04:00), 3 another (03:00), 2 writes notes on the second
// point that 4 writes too; each adds a point. Merged as files in all 24
// orders, the outputs hold the same rows, and the kiosk is "Edited A" at
// 04:00 by Leader 4, "Edited C" beside it.
func TestMergeFilesSameRowsAnyOrder(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "training.gpkg")
	createSample(t, base)
	data, err := os.ReadFile(base)
	must(t, err)
	rename := func(n string) func(*annot.Point) { return func(p *annot.Point) { p.Name = n } }
	edits := map[int]func(s *annot.Set) []annot.Change{
		1: func(s *annot.Set) []annot.Change {
			return []annot.Change{reimported(s.Points[0], "Leader 1", 1, rename("Edited A"))}
		},
		2: func(s *annot.Set) []annot.Change { return []annot.Change{withNotes(s.Points[1], "queue")} },
		3: func(s *annot.Set) []annot.Change {
			return []annot.Change{reimported(s.Points[0], "Leader 3", 3, rename("Edited C"))}
		},
		4: func(s *annot.Set) []annot.Change {
			return []annot.Change{reimported(s.Points[0], "Leader 4", 4, rename("Edited A")), withNotes(s.Points[1], "queue")}
		},
	}
	var copies []string
	for n := 1; n <= 4; n++ {
		path := filepath.Join(dir, fmt.Sprintf("lap%d.gpkg", n))
		must(t, os.WriteFile(path, data, 0o644))
		p := newProjectAt(t, path)
		s, err := p.Load()
		must(t, err)
		who := fmt.Sprint("Leader ", n)
		for _, c := range append(edits[n](s), added(s, string(rune('A'+n)))) {
			if c.NewPoint.Rev == "" || c.OldPoint == nil || c.NewPoint.Author != who {
				c = annot.Touch(c, who, t0.Add(time.Duration(n)*time.Hour))
			}
			must(t, p.Apply(c))
		}
		p.Close()
		copies = append(copies, path)
	}
	var first []string
	for k, order := range permutationsOf(4) {
		out := filepath.Join(dir, fmt.Sprintf("m%d.gpkg", k))
		var in []string
		for _, i := range order {
			in = append(in, copies[i])
		}
		_, err := MergeFiles(out, in)
		must(t, err)
		got := fileRows(t, out)
		if first == nil {
			first = got
			checkEdited(t, rowsWith(got, " Edited "))
			continue
		}
		if !slices.Equal(got, first) {
			t.Fatalf("order %v:\n%s\nfirst:\n%s", order, strings.Join(missing(got, first), "\n"), strings.Join(missing(first, got), "\n"))
		}
	}
}

func permutationsOf(n int) [][]int {
	if n == 1 {
		return [][]int{{0}}
	}
	var out [][]int
	for _, p := range permutationsOf(n - 1) {
		for i := 0; i <= len(p); i++ {
			out = append(out, slices.Insert(slices.Clone(p), i, n-1))
		}
	}
	return out
}

func rowsWith(rows []string, s string) []string {
	return slices.DeleteFunc(slices.Clone(rows), func(r string) bool { return !strings.Contains(r, s) })
}

// missing lists the rows of a that b does not hold.
func missing(a, b []string) []string {
	return slices.DeleteFunc(slices.Clone(a), func(r string) bool { return slices.Contains(b, r) })
}

// checkEdited checks the kiosk's two rows: "Edited A" at 04:00 by
// Leader 4 under its ID, "Edited C" by Leader 3 beside it.
func checkEdited(t *testing.T, rows []string) {
	t.Helper()
	a := rowsWith(rows, " Edited A broken ")
	c := rowsWith(rows, " Edited C broken ")
	if len(rows) != 2 || len(a) != 1 || len(c) != 1 || !strings.Contains(a[0], fmt.Sprint(t0.Add(4*time.Hour), " Leader 4")) ||
		!strings.Contains(a[0], `["conflict"]`) || !strings.Contains(c[0], "Leader 3") || !strings.Contains(c[0], "conflict_copy") {
		t.Errorf("the kiosk's rows:\n%s", strings.Join(rows, ""))
	}
}
