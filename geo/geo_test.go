package geo

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"
)

func TestCleanRing(t *testing.T) {
	p := func(x, y float64) orb.Point { return orb.Point{x, y} }
	cases := []struct {
		name string
		in   orb.Ring
		want int
	}{
		{"closed square stays", orb.Ring{p(0, 0), p(1, 0), p(1, 1), p(0, 0)}, 4},
		{"open ring is closed", orb.Ring{p(0, 0), p(1, 0), p(1, 1)}, 4},
		{"repeated vertices go", orb.Ring{p(0, 0), p(0, 0), p(1, 0), p(1, 0), p(1, 1), p(0, 0)}, 4},
		{"a line is degenerate", orb.Ring{p(0, 0), p(1, 0), p(0, 0)}, 3},
		{"empty stays empty", orb.Ring{}, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := CleanRing(tc.in)
			if len(got) != tc.want {
				t.Fatalf("got %v, want %d points", got, tc.want)
			}
			if len(got) > 0 && got[0] != got[len(got)-1] {
				t.Errorf("not closed: %v", got)
			}
		})
	}
}

// A square with a hole, both wound the wrong way:
//
//	+-------+
//	| +---+ |
//	| |   | |
//	| +---+ |
//	+-------+
func TestOrient(t *testing.T) {
	outer := orb.Ring{{0, 0}, {0, 4}, {4, 4}, {4, 0}, {0, 0}}
	hole := orb.Ring{{1, 1}, {3, 1}, {3, 3}, {1, 3}, {1, 1}}
	mp := orb.MultiPolygon{{outer, hole}}
	if n := Orient(mp); n != 2 {
		t.Errorf("reversed %d rings, want 2", n)
	}
	if mp[0][0].Orientation() != orb.CCW || mp[0][1].Orientation() != orb.CW {
		t.Error("want a CCW exterior and a CW hole")
	}
	if n := Orient(mp); n != 0 {
		t.Errorf("second pass reversed %d rings, want 0", n)
	}
}

func TestChooseNameField(t *testing.T) {
	f := func(kv ...string) Feature {
		var p Props
		for i := 0; i < len(kv); i += 2 {
			p = append(p, Prop{kv[i], kv[i+1]})
		}
		return Feature{Props: p}
	}
	cases := []struct {
		name     string
		features []Feature
		want     string
	}{
		{"distinct names beat a shared district",
			[]Feature{f("duureg", "Баянгол", "Khoroo_nam", "1-р хороо"), f("duureg", "Баянгол", "Khoroo_nam", "2-р хороо")}, "Khoroo_nam"},
		{"a filled field beats an empty one",
			[]Feature{f("name", "", "KH_MON", "БГД_01"), f("name", "", "KH_MON", "БГД_02")}, "KH_MON"},
		{"ties go to the earlier candidate",
			[]Feature{f("name", "a", "khoroo", "x"), f("name", "b", "khoroo", "y")}, "name"},
		{"no candidate", []Feature{f("OBJECTID", "1")}, ""},
		{"no features", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := ChooseNameField(tc.features); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func ExampleLayer_SetNameField() {
	l := Layer{Features: []Feature{
		{Props: Props{{"khoroo", "1-р хороо"}}},
		{Props: Props{{"khoroo", nil}}},
	}}
	l.SetNameField("khoroo")
	fmt.Println(l.Features[0].Name, l.Features[1].Name)
	// Output: 1-р хороо #2
}

func ExampleFormatValue() {
	fmt.Println(FormatValue(16655.0), FormatValue(0.25), FormatValue(nil), FormatValue([]any{"a", 1.0}))
	// Output: 16655 0.25  a, 1
}
