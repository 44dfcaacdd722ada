package printmap

import (
	"testing"

	"github.com/paulmach/orb"
)

// A page of the training project that names no khoroo or district is
// titled in the page's language, not with the stored bilingual title.
func TestTrainingTitleFollowsLanguage(t *testing.T) {
	p := &Project{Title: "Сургалтын хороо (training sample)", Training: true}
	for lang, want := range map[string]string{"mn": "Сургалтын хороо", "en": "Training khoroo"} {
		if got := p.placeName(orb.Bound{}, lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	p.Training = false
	if got := p.placeName(orb.Bound{}, "mn"); got != p.Title {
		t.Errorf("another project's title became %q", got)
	}
}
