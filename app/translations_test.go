package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/khoroomap/khoroomap/assets"
)

// Every string the interface shows through lang.L has an English and a
// Mongolian translation.
func TestTranslationsComplete(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	re := regexp.MustCompile(`lang\.L\("([^"]*)"\)`)
	keys := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(src, -1) {
			keys[string(m[1])] = true
		}
	}
	if len(keys) < 20 {
		t.Fatalf("found only %d translated strings; is the pattern right?", len(keys))
	}
	for _, code := range []string{"en", "mn"} {
		data, err := assets.Translations.ReadFile("translations/" + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var tr map[string]any
		if err := json.Unmarshal(data, &tr); err != nil {
			t.Fatalf("%s.json: %v", code, err)
		}
		for k := range keys {
			if _, ok := tr[k]; !ok {
				t.Errorf("%s.json lacks %q", code, k)
			}
		}
	}
}
