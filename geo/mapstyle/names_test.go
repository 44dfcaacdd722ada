package mapstyle

import (
	"testing"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Every status, kind and severity name is a key of both translation
// files, so that no Mongolian list shows an English word.
func TestNamesTranslated(t *testing.T) {
	var keys []string
	for _, k := range statusNames {
		keys = append(keys, k)
	}
	for _, k := range kindNames {
		keys = append(keys, k)
	}
	for _, k := range severityNames {
		keys = append(keys, k)
	}
	for _, k := range gapStatusNames {
		keys = append(keys, k)
	}
	for _, l := range words.All {
		table, err := words.Table(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if _, ok := table[k]; !ok {
				t.Errorf("%s.json lacks %q", l, k)
			}
		}
	}
	if got := GapStatusName("open", "mn"); got != "Нээлттэй" {
		t.Errorf("an open gap in Mongolian: %q", got)
	}
}
