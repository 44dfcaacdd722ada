package load

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Every reason a feature is skipped has its words in both languages, and
// the list reads in English as it always did.
func TestSkipListWorded(t *testing.T) {
	s := skipList{}
	for i, r := range []string{whyEmpty, whyEmptyCoords, whyLine, whyNoGeometry, whyNoArea, whyNotFeature, whyPoints, whyPointLayers, whyUnknownType} {
		s[r] = i + 1
		for _, l := range words.All {
			if table, err := words.Table(l); err != nil || table[skipWords[r]] == "" {
				t.Errorf("%q has no words in %s (%v)", r, l, err)
			}
		}
	}
	if got := (skipList{whyNoGeometry: 1, whyLine: 2}).Error(); got != "2 features "+whyLine+", 1 feature "+whyNoGeometry {
		t.Errorf("English: %q", got)
	}
	if mn := s.In(words.MN); strings.Contains(mn, "feature") || strings.Contains(mn, "%!") {
		t.Errorf("Mongolian: %q", mn)
	}
}
