package annot

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// imported sets p as a laptop's import of a file would: the file's
// modified time, the importer as author, a revision from the content
// (so that two laptops importing the same version hold the same one).
func imported(s *Set, r Revisions, id string, who string, at time.Time, f func(*Point)) {
	for i := range s.Points {
		if p := &s.Points[i]; p.ID == id {
			f(p)
			p.Modified, p.Author = at, who
			p.Rev = ContentRev(p.ID, p.Content())
			r.Add(p.ID, p.Rev)
			return
		}
	}
}

// craftedCopies are five laptops' copies of one project, as a workshop
// makes them (t0 is the trainer's hand-out):
//
//	kiosk 0   1 and 4 import "Edited A" (01:00, 04:00), 3 "Edited C" (03:00), 2 "Edited B" (02:00)
//	kiosk 1   2 and 5 write the same notes in the window (02:00, 05:00): equal edits
//	kiosk 2   1 and 3 import "Same" at 06:00, by different leaders, a few 1e-8 degrees apart
//	kiosk 3   5 deletes it, 1 changes its status
//	kiosk 4+i laptop i renames its own kiosk; each adds a school of its own
//	twin      2 and 5 add a kiosk 3 m apart: a likely duplicate
func craftedCopies() []*workshopCopy {
	base, baseRevs := scriptedBase()
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	rename := func(name string) func(*Point) { return func(p *Point) { p.Name = name } }
	out := make([]*workshopCopy, 5)
	for c := range out {
		s, r := copyOf(base, baseRevs)
		who, n := fmt.Sprint("Leader ", c+1), c+1
		ids := func(k int) string { return s.Points[k].ID }
		k1, k3 := s.Points[1], s.Points[3]
		switch n {
		case 1, 4:
			imported(s, r, ids(0), who, at(n), rename("Edited A"))
		case 2, 3:
			imported(s, r, ids(0), who, at(n), rename(map[int]string{2: "Edited B", 3: "Edited C"}[n]))
		}
		if n == 2 || n == 5 {
			q := k1
			q.Notes = "frozen in winter"
			edit(s, r, Change{OldPoint: &k1, NewPoint: &q}, who, at(n))
		}
		if n == 1 || n == 3 {
			imported(s, r, ids(2), who, at(6), func(p *Point) { p.Name, p.Location[0] = "Same", p.Location[0]+float64(n)*3e-8 })
		}
		switch n {
		case 5:
			edit(s, r, Change{OldPoint: &k3}, who, at(n))
		case 1:
			q := k3
			q.Status = Broken
			edit(s, r, Change{OldPoint: &k3, NewPoint: &q}, who, at(n))
		}
		own := s.Points[4+c]
		q := own
		q.Name = "renamed by " + who
		edit(s, r, Change{OldPoint: &own, NewPoint: &q}, who, at(n))
		school := Point{Meta: NewMeta(who, at(n)), Category: "school", Name: "school of " + who, Status: Planned, Location: orb.Point{107 + float64(c)*0.01, 47.8}}
		edit(s, r, Change{NewPoint: &school}, who, at(n))
		if n == 2 || n == 5 { // the same kiosk, marked on two laptops 3 m apart
			twin := Point{Meta: NewMeta(who, at(n)), Category: "water_kiosk", Name: "twin of " + who, Status: Working, Location: orb.Point{107.2 + float64(n)*0.00001, 47.7}}
			edit(s, r, Change{NewPoint: &twin}, who, at(n))
		}
		out[c] = &workshopCopy{set: s, revs: r}
	}
	return out
}

// rowsOf is every annotation of s as the file's row would hold it, sorted.
func rowsOf(s *Set) []string {
	var rows []string
	for _, p := range s.Points {
		rows = append(rows, fmt.Sprintf("%s %q %s %s %s %s %s", p.ID, p.Content(), p.Created, p.Modified, p.Author, p.Rev, p.Review))
	}
	for _, g := range s.Gaps {
		rows = append(rows, fmt.Sprintf("%s %q %s %s %s %s %s", g.ID, g.Content(), g.Created, g.Modified, g.Author, g.Rev, g.Review))
	}
	slices.Sort(rows)
	return rows
}

// TestMergeCraftedAnyOrder merges three, four and five of the crafted
// copies in every order: the same rows every time (times, authors and
// revisions too), and the kiosk renamed on four laptops holds the latest
// version, "Edited A" at 04:00 by Leader 4, with the others beside it.
func TestMergeCraftedAnyOrder(t *testing.T) {
	copies := craftedCopies()
	for n := 3; n <= 5; n++ {
		var first []string
		for _, order := range permutations(n) {
			s, r := copyOf(copies[order[0]].set, copies[order[0]].revs)
			for _, c := range order[1:] {
				o, or := copyOf(copies[c].set, copies[c].revs)
				Merge(s, r, o, or)
			}
			rows := rowsOf(s)
			if first == nil {
				first = rows
				checkKiosk(t, s, copies[0].set.Points[0].ID, n)
				continue
			}
			if !slices.Equal(rows, first) {
				t.Fatalf("%d copies in the order %v:\n%s\nfirst order:\n%s", n, order, diffRows(rows, first), diffRows(first, rows))
			}
		}
	}
}

// checkKiosk checks the kiosk 0 renamed by laptops 1-4 of the first n.
func checkKiosk(t *testing.T, s *Set, id string, n int) {
	t.Helper()
	p, _ := s.Point(id)
	want, author := "Edited C", "Leader 3"
	if n >= 4 {
		want, author = "Edited A", "Leader 4"
	}
	if p.Name != want || p.Author != author || p.Review == "" {
		t.Errorf("%d copies: the kiosk is %q by %s (review %q), want %q by %s, marked", n, p.Name, p.Author, p.Review, want, author)
	}
}

// diffRows lists the rows of a that b does not hold.
func diffRows(a, b []string) string {
	var out string
	for _, r := range a {
		if !slices.Contains(b, r) {
			out += "  " + r + "\n"
		}
	}
	return out
}
