package place

import (
	"strconv"
	"testing"

	"github.com/khoroomap/khoroomap/geo/words"
)

// A khoroo reads with its district first, in either language.
func TestKhorooText(t *testing.T) {
	sbd, _ := FindDistrict("sbd")
	for _, c := range []struct {
		name   string
		k      Khoroo
		mn, en string
	}{
		{"district and number", Khoroo{District: sbd, Number: 6, Name: "СБД_06"}, "Сүхбаатар дүүрэг, 6-р хороо", "Sukhbaatar district, khoroo 6"},
		{"no number", Khoroo{District: sbd, Name: "Untitled Polygon"}, "Сүхбаатар дүүрэг, Untitled Polygon", "Sukhbaatar district, Untitled Polygon"},
		{"no district", Khoroo{Number: 1, Name: "Сургалтын 1-р хороо"}, "Сургалтын 1-р хороо", "Сургалтын 1-р хороо"},
		{"the district alone", Khoroo{District: sbd}, "Сүхбаатар дүүрэг", "Sukhbaatar district"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.k.Text(words.MN); got != c.mn {
				t.Errorf("mn %q, want %q", got, c.mn)
			}
			if got := c.k.Text(words.EN); got != c.en {
				t.Errorf("en %q, want %q", got, c.en)
			}
		})
	}
}

// ParseKey reads back the keys Key writes with a district and a number,
// and nothing else.
func TestParseKey(t *testing.T) {
	for key, want := range map[string]int{"sbd:6": 6, "chd:24": 24, "?:1р хороо": 0, "sbd:kheseg:1": 0, "xyz:3": 0, "sbd:0": 0, "": 0} {
		d, n, ok := ParseKey(key)
		if ok != (want > 0) || n != want || ok && d.Code+":"+strconv.Itoa(n) != key {
			t.Errorf("ParseKey(%q) = %v %d %v", key, d.Code, n, ok)
		}
	}
}
