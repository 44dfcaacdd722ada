package geo

import (
	"fmt"
	"testing"
)

func TestMatchName(t *testing.T) {
	cases := []struct {
		name, query string
		want        bool
	}{
		{"Сүхбаатар дүүрэг", "sukhbaatar", true},
		{"Сүхбаатар дүүрэг", "Сухбаатар", true},
		{"Сүхбаатар дүүрэг", "Sühbaatar", true},
		{"Сүхбаатар дүүрэг", "СҮХБААТАР", true},
		{"Баянзүрх", "bayanzurh", true},
		{"5-р хороо", "5-r khoroo", true},
		{"5-р хороо", "5 р хороо", false},
		{"Өлзийт", "ulziit", true},
		{"Баянгол", "sukh", false},
		{"Баянгол", "", false},
	}
	for _, tc := range cases {
		t.Run(tc.name+"/"+tc.query, func(t *testing.T) {
			if got := MatchName(tc.name, tc.query); got != tc.want {
				t.Errorf("MatchName(%q, %q) = %v, want %v (keys %q, %q)", tc.name, tc.query, got, tc.want, SearchKey(tc.name), SearchKey(tc.query))
			}
		})
	}
}

func ExampleSearchKey() {
	fmt.Println(SearchKey("Сүхбаатар, 1-р хороо"))
	// Output: sohbaatar 1r horoo
}

func TestMatchFeature(t *testing.T) {
	f := &Feature{Name: "6-р хороо", Props: Props{{"district", "Сүхбаатар"}, {"khoroo_number", 6.0}}}
	for q, want := range map[string]bool{
		"sukhbaatar 6-r":  true,
		"6-р хороо":       true,
		"Сүхбаатар хороо": true,
		"bayangol 6-r":    false,
		"6-r":             true,
		"16-r":            false,
		"baatar":          true,
		"":                false,
	} {
		if got := MatchFeature(f, q); got != want {
			t.Errorf("MatchFeature(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestTransliterate(t *testing.T) {
	for in, want := range map[string]string{"Сүхбаатар": "sukhbaatar", "Хороо-5": "khoroo-5", "Ger areas": "ger areas"} {
		if got := Transliterate(in); got != want {
			t.Errorf("Transliterate(%q) = %q, want %q", in, got, want)
		}
	}
}
