package geo

import (
	"strings"
	"testing"
)

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		name, in string
		n        int
		want     string
	}{
		{"short", "abc", 5, "abc"},
		{"exact", "abcde", 5, "abcde"},
		{"cut", "abcdef", 5, "abcd…"},
		{"cyrillic counts runes", "Өлзийт Үйлчилгээ", 6, "Өлзий…"},
		{"cyrillic fits", "Өлзийт", 6, "Өлзийт"},
		{"none", "abc", 0, ""},
		{"huge", strings.Repeat("z", 1<<20), MessageChars, strings.Repeat("z", MessageChars-1) + "…"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Shorten(c.in, c.n); got != c.want {
				t.Errorf("Shorten(%.20q, %d) = %q, want %q", c.in, c.n, got, c.want)
			}
		})
	}
}

func TestShortList(t *testing.T) {
	long := strings.Repeat("z", 100<<20) + ".jpg"
	for _, c := range []struct {
		name string
		in   []string
		most int
		want string
	}{
		{"none", nil, 3, ""},
		{"all", []string{"a.jpg", "b.jpg"}, 3, "a.jpg, b.jpg"},
		{"more", []string{"a", "b", "c", "d", "e"}, 3, "a, b, c, … (+2)"},
		{"a 100 MB name", []string{"a.jpg", long}, 3, "a.jpg, " + strings.Repeat("z", MessageChars-1) + "…"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ShortList(c.in, c.most); got != c.want {
				t.Errorf("got %.200q, want %q", got, c.want)
			}
		})
	}
}
