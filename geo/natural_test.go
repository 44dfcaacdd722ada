package geo

import (
	"slices"
	"testing"
)

func TestNaturalLess(t *testing.T) {
	got := []string{"IMG_10.jpg", "IMG_9.jpg", "IMG_8.jpg", "IMG_100.jpg", "10-р хэсэг", "2-р хэсэг", "СБД_06", "СБД_5", "img", "IMG_9b.jpg", "IMG_9a.jpg", ""}
	slices.SortFunc(got, func(a, b string) int {
		switch {
		case NaturalLess(a, b):
			return -1
		case NaturalLess(b, a):
			return 1
		}
		return 0
	})
	want := []string{"", "2-р хэсэг", "10-р хэсэг", "IMG_8.jpg", "IMG_9.jpg", "IMG_9a.jpg", "IMG_9b.jpg", "IMG_10.jpg", "IMG_100.jpg", "img", "СБД_5", "СБД_06"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, p := range [][2]string{{"a1", "a1"}, {"06", "6"}} {
		if NaturalLess(p[0], p[1]) && NaturalLess(p[1], p[0]) {
			t.Errorf("%q and %q are each before the other", p[0], p[1])
		}
	}
	if !NaturalLess("6", "06") && !NaturalLess("06", "6") {
		t.Error(`"6" and "06" have no order`)
	}
}

func TestNaturalCompare(t *testing.T) {
	names := []string{"lap10.gpkg", "lap2.gpkg", "lap1.gpkg", "lap11.gpkg"}
	slices.SortFunc(names, NaturalCompare)
	if want := []string{"lap1.gpkg", "lap2.gpkg", "lap10.gpkg", "lap11.gpkg"}; !slices.Equal(names, want) {
		t.Errorf("%q, want %q", names, want)
	}
	if NaturalCompare("a6", "a06") == 0 || NaturalCompare("x", "x") != 0 {
		t.Error("zero padding or equal names")
	}
}
