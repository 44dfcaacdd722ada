package coverage

import (
	"bytes"
	"strings"
	"testing"
	"unicode"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// The summary's header is in one language: English has no Cyrillic, and
// no language given means words.Default throughout, as on a page (it once
// mixed English column words with Mongolian severities).
func TestSummaryHeaderOneLanguage(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories()[:2]}
	dist := map[string]float64{s.Categories[0].ID: 500}
	header := func(lang string) string {
		var b bytes.Buffer
		if err := WriteSummaryCSV(&b, nil, s, dist, lang, false); err != nil {
			t.Fatal(err)
		}
		return strings.TrimPrefix(strings.SplitN(b.String(), "\n", 2)[0], "\ufeff")
	}
	en, mn := header("en"), header("mn")
	if strings.ContainsFunc(en, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }) {
		t.Errorf("English header has Cyrillic: %s", en)
	}
	for _, w := range []string{"uncovered", "open gaps", s.Categories[0].NameEN} {
		if strings.Contains(mn, w) {
			t.Errorf("Mongolian header has %q: %s", w, mn)
		}
	}
	if got, want := header(""), header(string(words.Default)); got != want {
		t.Errorf("with no language the header is\n%s\nwant the %s one\n%s", got, words.Default, want)
	}
}
