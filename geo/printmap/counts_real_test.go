package printmap

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/internal/pip"
	"github.com/khoroomap/khoroomap/geo/internal/realcase"
)

// realHealthProject is the 204 real khoroos with the 207 real health
// points, and the points' locations and categories for independent counts.
func realHealthProject(t *testing.T) (*Project, []orb.Point, []string) {
	p := realProject(t)
	s, locs, cats := realcase.Health(t)
	p.Annotations = s
	return p, locs, cats
}

// Every khoroo's page, in both languages: the legend counts what lies in
// the khoroo and says so, the summary table has the khoroo's row even
// when it holds nothing, and both equal an independent even-odd count.
func TestRealKhorooPagesCountTheirArea(t *testing.T) {
	p, locs, cats := realHealthProject(t)
	f, _ := fonts.parse()
	empty := 0
	for i, a := range p.Areas(geo.RoleKhoroo) {
		lang := []string{"mn", "en"}[i%2]
		opt := Options{Summary: true, Date: day, Lang: lang}
		if err := opt.Validate(); err != nil {
			t.Fatal(err)
		}
		pg := newPage(p, Extent{Area: &a}, opt, f)
		want := pip.Count(a.Geometry, locs, cats)
		what := fmt.Sprintf("%s %s (%s)", a.District, a.Name, lang)
		checkLegend(t, what, pg.legend, p.Annotations, want, lang)
		if pg.table == nil || len(pg.table.rows) != 1 || pg.table.rows[0].key != a.Key {
			t.Fatalf("%s: summary table %+v", what, pg.table)
		}
		total := 0
		for j, c := range categoriesIn(p.Annotations, []annot.Tally{annot.TallyIn(p.Annotations, a.Geometry)}) {
			if got := pg.table.rows[0].counts[j]; got != want[c.ID] {
				t.Errorf("%s: table says %d %s, counted %d", what, got, c.ID, want[c.ID])
			}
			total += want[c.ID]
		}
		if total == 0 {
			empty++
			if cell := pg.table.cell(0, pg.table.rows[0].counts[0]); cell != "0" {
				t.Errorf("%s: an empty khoroo's total prints %q", what, cell)
			}
		}
	}
	if empty == 0 {
		t.Error("no khoroo without health points: the empty case went untested")
	}
}

// checkLegend compares a legend's category entries with independent
// counts: every category in the area listed with its count, its scope
// line naming the area.
func checkLegend(t *testing.T, what string, items []legendItem, s *annot.Set, want map[string]int, lang string) {
	t.Helper()
	got, scoped := map[string]int{}, false
	for _, it := range items {
		if it.kind == keyNote && strings.Contains(it.label, map[string]string{"mn": "дотор", "en": "in "}[lang]) {
			scoped = true
		}
		for _, c := range s.Categories {
			if it.kind == keySymbol && it.label == c.Name(lang) {
				got[c.ID] = it.count
			}
		}
	}
	if !scoped {
		t.Errorf("%s: the legend does not say where it counts", what)
	}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("%s: legend %d %s, counted %d in the khoroo", what, got[id], id, n)
		}
	}
	for id, n := range got {
		if n != want[id] {
			t.Errorf("%s: legend %d %s, counted %d in the khoroo", what, n, id, want[id])
		}
	}
}

// A page of the whole city has a summary of the 204 khoroos, keyed by
// district and number, named with the district's short name, zeros kept.
func TestRealCityPageSummary(t *testing.T) {
	p, locs, cats := realHealthProject(t)
	f, _ := fonts.parse()
	opt := Options{Summary: true, Date: day}
	if err := opt.Validate(); err != nil {
		t.Fatal(err)
	}
	pg := newPage(p, Extent{}, opt, f)
	keys, names := map[string]bool{}, map[string]bool{}
	areas := map[string]Area{}
	for _, a := range p.Areas(geo.RoleKhoroo) {
		areas[a.Key] = a
	}
	for _, r := range pg.table.rows {
		keys[r.key], names[r.name] = true, true
		total := 0
		for _, n := range pip.Count(areas[r.key].Geometry, locs, cats) {
			total += n
		}
		if got := r.counts[len(pg.table.head)-4]; got != total {
			t.Errorf("%s: total %d, counted %d", r.name, got, total)
		}
	}
	if len(pg.table.rows) != 204 || len(keys) != 204 || len(names) != 204 || !names["СБД 6-р хороо"] {
		t.Errorf("%d rows, %d keys, %d names", len(pg.table.rows), len(keys), len(names))
	}
}

// A page about the training khoroo lists all six kheseg in its summary,
// those with no points too, each with a printed 0 where it has none.
func TestKhorooPageListsEveryKheseg(t *testing.T) {
	p := sample(t)
	s := p.Annotations
	s.Points = s.Points[:1] // one point: most kheseg hold nothing
	f, _ := fonts.parse()
	khoroo := p.Areas(geo.RoleKhoroo)[0]
	opt := Options{Summary: true, Date: day, Lang: "en"}
	if err := opt.Validate(); err != nil {
		t.Fatal(err)
	}
	pg := newPage(p, Extent{Area: &khoroo}, opt, f)
	if pg.table == nil || len(pg.table.rows) != 6 {
		t.Fatalf("summary %+v", pg.table)
	}
	zeros := 0
	for _, r := range pg.table.rows {
		if pg.table.cell(0, r.counts[0]) == "0" {
			zeros++
		}
	}
	if zeros != 5 {
		t.Errorf("%d kheseg print 0, want 5", zeros)
	}
}
