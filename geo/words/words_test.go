package words

import (
	"fmt"
	"maps"
	"strings"
	"testing"
)

// Both languages have the same keys, and each text uses the same
// arguments with the same verbs as its key.
func TestSameKeysAndVerbs(t *testing.T) {
	en, mn := mustTable(t, EN), mustTable(t, MN)
	for k := range en {
		if _, ok := mn[k]; !ok {
			t.Errorf("mn.json lacks %q", k)
		}
	}
	for k := range mn {
		if _, ok := en[k]; !ok {
			t.Errorf("en.json lacks %q", k)
		}
	}
	for _, l := range All {
		for k, s := range mustTable(t, l) {
			if want, got := verbs(k), verbs(s); !maps.Equal(want, got) {
				t.Errorf("%s.json: %q has %s, its key %s", l, s, describe(got), describe(want))
			}
		}
	}
}

// Every text formats cleanly with arguments that suit its key: no
// %!f(BADINDEX), %!d(string), missing or extra arguments.
func TestEveryTextFormats(t *testing.T) {
	for _, l := range All {
		for k := range mustTable(t, l) {
			if !strings.Contains(k, "%") {
				continue
			}
			if got := l.F(k, sample(k)...); strings.Contains(got, "%!") {
				t.Errorf("%s: %q formats as %q", l, l.T(k), got)
			}
		}
	}
}

// The checks above catch the mistakes they are for.
func TestVerbChecksCatchMistakes(t *testing.T) {
	for _, c := range []struct{ name, key, text string }{
		{"index before precision", "%.0f%% far", "%[1].0f%% хол"},
		{"wrong verb", "%d points", "%s цэг"},
		{"missing argument", "%s: %d", "%s"},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad := fmt.Sprintf(c.text, sample(c.key)...)
			if maps.Equal(verbs(c.key), verbs(c.text)) && !strings.Contains(bad, "%!") {
				t.Errorf("%q for %q passes both checks", c.text, c.key)
			}
		})
	}
	if v := verbs("%[2]s-ийн %.0[1]f%%"); v[0] != 'f' || v[1] != 's' || len(v) != 2 {
		t.Errorf("explicit indexes read as %s", describe(v))
	}
}

func TestParse(t *testing.T) {
	for code, want := range map[string]Lang{"mn": MN, "MN": MN, "mn_MN.UTF-8": MN, "en": EN, "en-GB": EN} {
		if got, err := Parse(code); err != nil || got != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", code, got, err, want)
		}
	}
	for _, code := range []string{"", "C", "de_DE", "mongolian"} {
		if _, err := Parse(code); err == nil {
			t.Errorf("Parse(%q) accepted", code)
		}
	}
	if Or("C.UTF-8", EN) != EN || Or("mn_MN", EN) != MN {
		t.Error("Or does not fall back")
	}
}

func TestLookup(t *testing.T) {
	if got := MN.T("Layers"); got == "Layers" || got == "" {
		t.Errorf("MN.T(Layers) = %q", got)
	}
	if got := EN.T("no such key"); got != "no such key" {
		t.Errorf("an unknown key reads %q", got)
	}
	if got := MN.T("file.name"); got == "" || strings.HasPrefix(got, "{") {
		t.Errorf("a plural entry reads %q", got)
	}
}

func mustTable(t *testing.T, l Lang) map[string]string {
	t.Helper()
	tab, err := Table(l)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}
