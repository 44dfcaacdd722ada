package annot

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/words"
)

// A point's or a gap's texts are within their bounds, counted in
// characters (Cyrillic takes two bytes each and is not cut short); the
// error names the text and both numbers, never the text itself.
func TestTooLong(t *testing.T) {
	long := strings.Repeat("ө", MaxName+1)
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"names within", (&Point{Name: strings.Repeat("ө", MaxName), Notes: strings.Repeat("ү", MaxNotes)}).TooLong(), ""},
		{"name", (&Point{Name: long}).TooLong(), "the name is 301 characters long, more than the 300 a name may hold"},
		{"category", (&Point{Category: long}).TooLong(), "the category is 301 characters long"},
		{"recorder", (&Point{RecordedBy: long}).TooLong(), "the recorder's name is 301"},
		{"point notes", (&Point{Notes: strings.Repeat("x", 100<<20)}).TooLong(), "the notes are 104857600 characters long, more than the 10000 notes may hold"},
		{"gap notes", (&Gap{Notes: strings.Repeat("ү", MaxNotes+1)}).TooLong(), "the notes are 10001 characters long"},
		{"gap raised by", (&Gap{RaisedBy: long}).TooLong(), "the name of who raised it is 301"},
		{"gap within", (&Gap{Notes: "ok", Service: "school"}).TooLong(), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ""
			if c.err != nil {
				got = c.err.Error()
			}
			if !strings.HasPrefix(got, c.want) || (c.want == "") != (got == "") || strings.Contains(got, "өө") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// Every message of a text too long is in Mongolian too.
func TestTooLongWordedInMongolian(t *testing.T) {
	for _, k := range longKeys {
		if words.MN.T(k) == k {
			t.Errorf("%q has no Mongolian words", k)
		}
	}
}
