package printmap

import (
	"fmt"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A merged project's page counts a conflict's copy once and says how
// many items still need review, in both languages: the training sample
// with a kiosk two copies changed differently (it and its copy beside
// it) and a likely duplicate of another.
func TestLegendCountsConflictOnce(t *testing.T) {
	p := sample(t)
	s := p.Annotations
	var kiosks []int
	for i := range s.Points {
		if s.Points[i].Category == "water_kiosk" {
			kiosks = append(kiosks, i)
		}
	}
	before := len(kiosks)
	k := &s.Points[kiosks[0]]
	cp := *k
	cp.ID, cp.Name = annot.NewID(), "another copy's version"
	cp.Review = annot.Reason{Code: annot.ConflictCopy, Args: []string{k.ID, k.Name}}.String()
	k.Review = annot.Reason{Code: annot.Conflict}.String()
	s.Points[kiosks[1]].Review = annot.Reason{Code: annot.Duplicate, Args: []string{k.ID, k.Name}}.String()
	s.Points = append(s.Points, cp)
	b := p.Layers[0].Layer.Bound
	for _, l := range p.Layers {
		b = b.Union(l.Layer.Bound)
	}
	for _, lang := range []string{"en", "mn"} {
		kiosk, _ := s.Category("water_kiosk")
		var labels []string
		for _, it := range legendFor(p, b, nil, lang) {
			labels = append(labels, it.text())
		}
		all := strings.Join(labels, "\n")
		if want := fmt.Sprintf("%s (%d)", kiosk.Name(lang), before); !strings.Contains(all, want) {
			t.Errorf("%s: no %q (the copy counted apart):\n%s", lang, want, all)
		}
		if want := fmt.Sprintf(word("%d items still need review after a merge", lang), 3); !strings.Contains(all, want) {
			t.Errorf("%s: no %q:\n%s", lang, want, all)
		}
	}
}
