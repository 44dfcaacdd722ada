package printmap

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// testersKhoroo is the tester's project: the training khoroo with its
// flooded area and unlit point, 30 "Other" photo points in a row and a
// second unlit point.
func testersKhoroo(t testing.TB) *Project {
	p := sample(t)
	s := p.Annotations
	for i := range 30 {
		s.Points = append(s.Points, annot.Point{Meta: annot.NewMeta("", day), Category: annot.Other, Status: annot.Working,
			Location: orb.Point{106.915 + float64(i)*0.0001, 47.952 + float64(i)*0.00005}})
	}
	s.Gaps = append(s.Gaps, annot.Gap{Meta: annot.NewMeta("", day), Kind: annot.NoLighting, Severity: annot.Medium,
		Status: annot.Open, Geometry: orb.Point{106.925, 47.951}})
	return p
}

// wantedEntries are entries the tester's page must list, whatever the
// legend code decides: the catch-all category, every status other than
// working and both gaps, with their counts.
func wantedEntries(p *Project, lang string) []string {
	n := map[annot.Status]int{}
	for _, pt := range p.Annotations.Points {
		n[pt.Status]++
	}
	other, _ := p.Annotations.Category(annot.Other)
	want := []string{
		fmt.Sprintf("%s (30)", other.Name(lang)),
		fmt.Sprintf("%s (2)", mapstyle.GapKindName(annot.NoLighting, lang)),
		fmt.Sprintf("%s (%s) (1)", mapstyle.GapKindName(annot.Flooding, lang), word("Gap area", lang)),
	}
	for _, st := range annot.Statuses[1:] {
		want = append(want, fmt.Sprintf("%s (%d)", mapstyle.StatusName(st, lang), n[st]))
	}
	return want
}

// legendText is what the page wrote inside its legend box, the lines of
// each entry joined with spaces.
func legendText(pg *page, r *recorder) []string {
	b := pg.legendBox
	var out []string
	for _, tx := range r.texts {
		if tx.x >= b.x-0.1 && tx.x < b.x+b.w && tx.y >= b.y && tx.y <= b.y+b.h+0.5 && !tx.bold {
			out = append(out, tx.s)
		}
	}
	return out
}

// The tester's page lists every entry, with its count, on A4 and A3 in
// both orientations and both languages, also with notes, the summary,
// coverage shading (an entry of four lines) and two more categories:
// in as many columns as it needs, with no "+ N …" left over.
func TestLegendListsEverything(t *testing.T) {
	plain, full := testersKhoroo(t), testersKhoroo(t)
	withCategories(full, 2)
	cover := &Coverage{Category: "water_kiosk", Distance: 500, By: geo.RoleKheseg}
	for _, paper := range []string{"A4", "A3"} {
		for _, landscape := range []bool{true, false} {
			for _, lang := range []string{"mn", "en"} {
				for _, p := range []*Project{plain, full} {
					opt := Options{Paper: paper, Landscape: landscape, DPI: 150, Lang: lang, Date: day}
					if p == full {
						opt.Notes, opt.Summary, opt.Coverage = "Өвлийн бэлтгэл: Үерийн аюултай газрыг хэсгийн хурлаар хэлэлцэнэ", true, cover
					}
					t.Run(fmt.Sprintf("%s-%v-%s-%v", paper, landscape, lang, p == full), func(t *testing.T) {
						pg, r := laidOut(t, p, Extent{}, opt)
						checkWritten(t, pg, r, wantedEntries(p, lang))
					})
				}
			}
		}
	}
}

// checkWritten checks that pg's legend wrote every one of its entries and
// those wanted, whole.
func checkWritten(t *testing.T, pg *page, r *recorder, want []string) {
	t.Helper()
	written := " " + strings.Join(legendText(pg, r), " ") + " "
	for _, it := range pg.legend {
		want = append(want, it.text())
	}
	for _, w := range want {
		if !strings.Contains(written, " "+w+" ") {
			t.Errorf("%q is not in the legend: %s", w, written)
		}
	}
	if strings.Contains(written, "…") {
		t.Errorf("the legend is cut short: %s", written)
	}
}

// withCategories adds n categories of long names, each with a point in
// the training khoroo: more than any page has room for.
func withCategories(p *Project, n int) {
	s := p.Annotations
	for i := range n {
		id := fmt.Sprintf("extra%d", i)
		s.Categories = append(s.Categories, annot.Category{ID: id, NameMN: fmt.Sprintf("Нэмэлт үйлчилгээний өргөн төв %d", i),
			NameEN: fmt.Sprintf("Additional wide service centre %d", i), Symbol: annot.Square, Colour: mapstyle.Grey})
		s.Points = append(s.Points, annot.Point{Meta: annot.NewMeta("", day), Category: id, Status: annot.Working,
			Location: orb.Point{106.915 + float64(i)*0.0001, 47.955}})
	}
}

// When the page truly has no room, the legend fills its columns, keeps
// the statuses and gaps, says how many entries are left out and writes
// nothing outside its box.
func TestLegendCutSaysSo(t *testing.T) {
	p := testersKhoroo(t)
	withCategories(p, 80)
	for _, landscape := range []bool{true, false} {
		for _, lang := range []string{"mn", "en"} {
			pg, r := laidOut(t, p, Extent{}, Options{Landscape: landscape, DPI: 150, Lang: lang, Date: day})
			l, b := pg.legendLayout, pg.legendBox
			left := len(pg.legend) - len(l.items) + 1
			if left <= 0 || len(l.starts) < 2 {
				t.Fatalf("landscape %v %s: %d entries left out in %d columns", landscape, lang, left, len(l.starts))
			}
			more := fmt.Sprintf(word("+ %d more entries: no room on the page", lang), left)
			written := " " + strings.Join(legendText(pg, r), " ") + " "
			if !strings.HasSuffix(written, " "+more+" ") {
				t.Errorf("landscape %v %s: the legend does not end with %q: %s", landscape, lang, more, written)
			}
			for _, w := range wantedEntries(p, lang) {
				if !strings.Contains(written, " "+w+" ") {
					t.Errorf("landscape %v %s: %q is not in the legend: %s", landscape, lang, w, written)
				}
			}
			for _, it := range l.items {
				if !strings.Contains(written, " "+it.text()+" ") {
					t.Errorf("landscape %v %s: %q is laid out but not written", landscape, lang, it.text())
				}
			}
			for _, tx := range r.texts {
				if tx.x >= b.x-0.1 && tx.x < b.x+b.w && tx.y > b.y+b.h+0.5 && tx.y < b.y+b.h+3 {
					t.Errorf("landscape %v %s: %q is written under the legend's box", landscape, lang, tx.s)
				}
			}
			if a, c, ok := overlapping(r.texts); ok {
				t.Errorf("landscape %v %s: %q overprints %q", landscape, lang, a.s, c.s)
			}
		}
	}
}
