package exchange

import (
	"bytes"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A review mark is stored as a code and exported as words in the
// export's language.
func TestExportWordsReviewReasons(t *testing.T) {
	s := testSet()
	s.Gaps[0].Review = annot.Reason{Code: annot.DeletedChanged}.String()
	for lang, want := range map[string]string{"mn": "Нэг хувилбарт устгаж", "en": "Deleted in one copy"} {
		var b bytes.Buffer
		if err := Write(&b, s, GeoJSON, WriteOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), want) || strings.Contains(b.String(), "deleted_changed") {
			t.Errorf("%s export: the review reason is not worded %q", lang, want)
		}
	}
}
