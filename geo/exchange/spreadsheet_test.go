package exchange

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// safeCells are cells an attacker (or an unlucky typist) might leave in a
// name or a note, and what a spreadsheet must be given instead.
var safeCells = []struct{ name, in, want string }{
	{"DDE command", `=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`},
	{"hyperlink", `=HYPERLINK("http://evil","click")`, `'=HYPERLINK("http://evil","click")`},
	{"plus", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
	{"minus formula", "-2+3", "'-2+3"},
	{"at", "@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
	{"tab", "\t=1+1", "'\t=1+1"},
	{"carriage return", "\r=1+1", "'\r=1+1"},
	{"negative coordinate", "-12.5", "-12.5"},
	{"negative exponent", "-1e-3", "-1e-3"},
	{"negative integer", "-7", "-7"},
	{"plain text", "Худаг =1", "Худаг =1"},
	{"number", "47.9528190", "47.9528190"},
	{"empty", "", ""},
	{"lone minus", "-", "'-"},
	{"minus word", "-Inf", "'-Inf"},
	{"already quoted", "'=1+1", "''=1+1"},
	{"apostrophe", "'Sain' baina uu", "'Sain' baina uu"},
}

func TestSafeCell(t *testing.T) {
	for _, c := range safeCells {
		t.Run(c.name, func(t *testing.T) {
			if got := SafeCell(c.in); got != c.want {
				t.Errorf("SafeCell(%q) = %q, want %q", c.in, got, c.want)
			}
			if got := UnsafeCell(SafeCell(c.in)); got != c.in {
				t.Errorf("UnsafeCell(SafeCell(%q)) = %q", c.in, got)
			}
		})
	}
}

func FuzzSafeCell(f *testing.F) {
	for _, c := range safeCells {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := SafeCell(in)
		if out != "" && strings.ContainsRune("=+@\t\r", rune(out[0])) {
			t.Errorf("SafeCell(%q) = %q begins a formula", in, out)
		}
		if out != "" && out[0] == '-' && !plainNumber.MatchString(out) {
			t.Errorf("SafeCell(%q) = %q begins a formula", in, out)
		}
		if out != in && out != "'"+in {
			t.Errorf("SafeCell(%q) = %q changes more than a quote in front", in, out)
		}
		if UnsafeCell(out) != in {
			t.Errorf("UnsafeCell(SafeCell(%q)) = %q", in, UnsafeCell(out))
		}
	})
}

// An exported annotation CSV escapes hostile names, notes and authors, and
// keeps negative coordinates as numbers.
func TestCSVEscapesFormulas(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories()}
	s.Points = []annot.Point{{Meta: annot.NewMeta("@SUM(1+1)", t0), Category: "water_kiosk", Status: annot.Working,
		Name: `=cmd|' /C calc'!A0`, Notes: `=HYPERLINK("http://evil","click")`, RecordedBy: "+1", Location: orb.Point{-12.5, -33.25}}}
	var b bytes.Buffer
	if err := Write(&b, s, CSV, WriteOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cell := func(col string) string {
		for i, h := range rows[0] {
			if h == col {
				return rows[1][i]
			}
		}
		t.Fatalf("no column %s", col)
		return ""
	}
	want := map[string]string{"lat": "-33.2500000", "lon": "-12.5000000", "name": `'=cmd|' /C calc'!A0`,
		"notes": `'=HYPERLINK("http://evil","click")`, "author": "'@SUM(1+1)", "recorded_by": "'+1"}
	for col, w := range want {
		if got := cell(col); got != w {
			t.Errorf("%s: %q, want %q", col, got, w)
		}
	}
}

// A CSV this program wrote reads back with the names and notes as they
// were typed, not with the quotes that kept spreadsheets safe.
func TestCSVEscapesReadBack(t *testing.T) {
	s := &annot.Set{Categories: annot.DefaultCategories()}
	s.Points = []annot.Point{{Meta: annot.NewMeta("", t0), Category: "water_kiosk", Status: annot.Working,
		Name: "=1+1", Notes: "-2+3", RecordedBy: "'=quoted", Location: orb.Point{106.9, 47.9}}}
	var b bytes.Buffer
	if err := Write(&b, s, CSV, WriteOptions{Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	l, err := load.Read("export.csv", &b, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pts, err := Points(l, opts())
	if err != nil {
		t.Fatal(err)
	}
	if p := pts[0]; p.Name != "=1+1" || p.Notes != "-2+3" || p.RecordedBy != "'=quoted" {
		t.Errorf("read back name %q, notes %q, recorded by %q", p.Name, p.Notes, p.RecordedBy)
	}
}
