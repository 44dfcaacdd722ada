package geo

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
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

// naiveSearchKey is SearchKey as it was first written, with a replacer and
// a join: the reference the allocation-light version must agree with.
func naiveSearchKey(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case latin[r] != "" || r == 'ъ':
			sb.WriteString(latin[r])
		case r == 'ö' || r == 'ô':
			sb.WriteByte('o')
		case r == 'ü' || r == 'û':
			sb.WriteByte('u')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		}
	}
	k := strings.NewReplacer("kh", "h", "u", "o").Replace(sb.String())
	return strings.Join(strings.Fields(k), " ")
}

func FuzzSearchKey(f *testing.F) {
	for _, s := range []string{"Сүхбаатар, 1-р хороо", "  Khan\tUul ", "СБД_06", "Bayanzürkh", "kkh", "ъх", "İstanbul", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := SearchKey(s), naiveSearchKey(s); got != want {
			t.Errorf("SearchKey(%q) = %q, naive %q", s, got, want)
		}
	})
}

func BenchmarkSearchKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		SearchKey("Сүхбаатар дүүргийн 6-р хороо, Khan-Uul")
	}
}

func BenchmarkNaiveSearchKey(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		naiveSearchKey("Сүхбаатар дүүргийн 6-р хороо, Khan-Uul")
	}
}
