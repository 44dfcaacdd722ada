package annot

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// workshopCopy is one participant's copy after a random edit script, with
// what the script did to each base annotation.
type workshopCopy struct {
	set     *Set
	revs    Revisions
	touched map[string]bool // changed (and still there)
	deleted map[string]bool
	added   map[string]bool
}

// scriptedBase is the trainer's project: points and gaps in a row, 200 m
// apart.
func scriptedBase() (*Set, Revisions) {
	s, r := &Set{Categories: DefaultCategories()}, Revisions{}
	for i := range 12 {
		p := Point{Meta: NewMeta("trainer", t0), Category: "water_kiosk", Name: fmt.Sprint("kiosk ", i), Status: Working, Location: orb.Point{106.9 + float64(i)*0.003, 47.9}}
		s.Points = append(s.Points, p)
		r.Add(p.ID, p.Rev)
	}
	for i := range 4 {
		g := Gap{Meta: NewMeta("trainer", t0), Kind: Flooding, Severity: Low, Status: Open, Geometry: orb.Point{106.9 + float64(i)*0.003, 47.91}}
		s.Gaps = append(s.Gaps, g)
		r.Add(g.ID, g.Rev)
	}
	return s, r
}

// runScript edits copy c of base with steps random edits: a point's status
// or notes from small pools (so that copies often agree), a gap's
// severity, a deletion, or a new point far from the others.
func runScript(base *Set, baseRevs Revisions, c, steps int, rng *rand.Rand) *workshopCopy {
	s, r := copyOf(base, baseRevs)
	w := &workshopCopy{set: s, revs: r, touched: map[string]bool{}, deleted: map[string]bool{}, added: map[string]bool{}}
	for step := range steps {
		at := t0.Add(time.Duration(step*10+c+1) * time.Minute)
		switch op := rng.IntN(10); {
		case op < 5 && len(s.Points) > 0:
			old := s.Points[rng.IntN(len(s.Points))]
			q := old
			if op < 3 {
				q.Status = Statuses[rng.IntN(len(Statuses))]
			} else {
				q.Notes = []string{"", "frozen", "queue"}[rng.IntN(3)]
			}
			edit(s, r, Change{OldPoint: &old, NewPoint: &q}, fmt.Sprint("P", c), at)
			w.touched[q.ID] = true
		case op < 7 && len(s.Gaps) > 0:
			old := s.Gaps[rng.IntN(len(s.Gaps))]
			q := old
			q.Severity = Severities[rng.IntN(len(Severities))]
			edit(s, r, Change{OldGap: &old, NewGap: &q}, fmt.Sprint("P", c), at)
			w.touched[q.ID] = true
		case op < 8 && len(s.Points) > 0:
			old := s.Points[rng.IntN(len(s.Points))]
			edit(s, r, Change{OldPoint: &old}, fmt.Sprint("P", c), at)
			w.deleted[old.ID], w.touched[old.ID] = true, false
		default:
			p := Point{Meta: NewMeta("P", at), Category: "school", Name: fmt.Sprint("new ", c, step), Status: Planned, Location: orb.Point{107 + float64(c)*0.01, 47.8 + float64(step)*0.002}}
			edit(s, r, Change{NewPoint: &p}, fmt.Sprint("P", c), at)
			w.added[p.ID] = true
		}
	}
	return w
}

// mergedState is what must not depend on the merge order: each ID's
// content and whether it is marked for review.
type mergedState map[string]struct {
	content string
	flagged bool
}

func stateOf(s *Set) mergedState {
	st := mergedState{}
	for i := range s.Points {
		st[s.Points[i].ID] = struct {
			content string
			flagged bool
		}{s.Points[i].Content(), s.Points[i].Review != ""}
	}
	for i := range s.Gaps {
		st[s.Gaps[i].ID] = struct {
			content string
			flagged bool
		}{s.Gaps[i].Content(), s.Gaps[i].Review != ""}
	}
	return st
}

func permutations(n int) [][]int {
	if n == 1 {
		return [][]int{{0}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			out = append(out, slices.Insert(slices.Clone(p), i, n-1))
		}
	}
	return out
}

// TestMergeAnyOrder edits four copies of one project by random scripts
// and merges them in all 24 orders: the same result every time, no
// participant's edit lost, and exactly the real conflicts marked.
func TestMergeAnyOrder(t *testing.T) {
	for seed := range uint64(30) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 14))
			base, baseRevs := scriptedBase()
			copies := make([]*workshopCopy, 4)
			for c := range copies {
				copies[c] = runScript(base, baseRevs, c, 2+rng.IntN(8), rng)
			}
			var first mergedState
			for _, order := range permutations(len(copies)) {
				s, r := copyOf(copies[order[0]].set, copies[order[0]].revs)
				for _, c := range order[1:] {
					o, or := copyOf(copies[c].set, copies[c].revs)
					if rep := Merge(s, r, o, or); len(rep.Duplicates) != 0 {
						t.Fatalf("order %v: duplicates flagged among far-apart points:\n%s", order, rep)
					}
				}
				st := stateOf(s)
				if first == nil {
					first = st
					checkMerged(t, base, copies, st)
					continue
				}
				if fmt.Sprint(st) != fmt.Sprint(first) {
					t.Fatalf("order %v gives another result:\n%v\nthan the first:\n%v", order, st, first)
				}
			}
		})
	}
}

// checkMerged checks that nothing was lost and that exactly the real
// conflicts are marked: an annotation changed in two copies to different
// content, or deleted in one and changed in another.
func checkMerged(t *testing.T, base *Set, copies []*workshopCopy, st mergedState) {
	t.Helper()
	contents := map[string]bool{}
	for _, v := range st {
		contents[v.content] = true
	}
	ids := map[string]bool{}
	for _, p := range base.Points {
		ids[p.ID] = true
	}
	for _, g := range base.Gaps {
		ids[g.ID] = true
	}
	for id := range ids {
		versions, deleted := map[string]bool{}, false
		for _, c := range copies {
			if c.deleted[id] {
				deleted = true
			}
			if !c.touched[id] {
				continue
			}
			v := stateOf(c.set)[id].content
			versions[v] = true
			if !contents[v] {
				t.Errorf("%s: a participant's version was lost: %q", id, v)
			}
		}
		want := len(versions) > 1 || (deleted && len(versions) > 0)
		got, kept := st[id]
		if deleted && len(versions) == 0 && kept {
			t.Errorf("%s: deleted in a copy, changed in none, but still there", id)
		}
		if kept && got.flagged != want {
			t.Errorf("%s: marked %v, want %v (%d versions, deleted %v)", id, got.flagged, want, len(versions), deleted)
		}
	}
	for id, v := range st {
		if !ids[id] && v.flagged != !addedSomewhere(copies, id) {
			t.Errorf("%s: marked %v; only conflict copies should be", id, v.flagged)
		}
	}
}

func addedSomewhere(copies []*workshopCopy, id string) bool {
	for _, c := range copies {
		if c.added[id] {
			return true
		}
	}
	return false
}
