package search

import (
	"slices"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

var wordCases = []struct {
	name, text string
	want       []string
}{
	{"city KML name", "СБД_06", []string{"sohbaatar", "6"}},
	{"abbreviation and padded number", "сбд 06", []string{"sohbaatar", "6"}},
	{"Latin district", "sukhbaatar 6", []string{"sohbaatar", "6"}},
	{"ordinal -р", "сүхбаатар 6-р хороо", []string{"sohbaatar", "6", "horoo"}},
	{"ordinal -r", "Sukhbaatar 6-r khoroo", []string{"sohbaatar", "6", "horoo"}},
	{"ordinal glued", "6р хороо", []string{"6", "horoo"}},
	{"ordinal th", "6th khoroo", []string{"6", "horoo"}},
	{"р apart is a word", "6 р", []string{"6", "r"}},
	{"no ordinal", "13-хороо", []string{"13", "horoo"}},
	{"KhUD", "KhUD_14", []string{"hanool", "14"}},
	{"ХУД", "ХУД 14", []string{"hanool", "14"}},
	{"HUD", "hud", []string{"hanool"}},
	{"two words", "Khan Uul", []string{"hanool"}},
	{"hyphenated", "Хан-Уул дүүрэг", []string{"hanool", "dooreg"}},
	{"SKhD", "SKhD 3", []string{"songinohairhan", "3"}},
	{"СХД", "СХД_03", []string{"songinohairhan", "3"}},
	{"Songino Khairkhan", "Songino Khairkhan", []string{"songinohairhan"}},
	{"ЧД", "ЧД_01", []string{"chingeltei", "1"}},
	{"CHD", "CHD", []string{"chingeltei"}},
	{"НД", "НД_1", []string{"nalaih", "1"}},
	{"NAD", "nad 2", []string{"nalaih", "2"}},
	{"2nd is an ordinal", "2nd khoroo", []string{"2", "horoo"}},
	{"БХД", "БХД_1", []string{"bagahangai", "1"}},
	{"BKhD", "BKhD", []string{"bagahangai"}},
	{"БНД", "БНД_3", []string{"baganoor", "3"}},
	{"BZD", "BZD 26", []string{"bayanzorh", "26"}},
	{"BGD", "bgd-1.kml", []string{"bayangol", "1", "kml"}},
	{"KH_ENG", "SB_01", []string{"sohbaatar", "1"}},
	{"й as y", "Chingeltey, Songino-Khayrkhan, Nalaykh, Bagakhangay", []string{"chingeltei", "songinohairhan", "nalaih", "bagahangai"}},
	{"measurement", "5847.013555", []string{"5847.013555"}},
	{"zero", "0", []string{"0"}},
	{"zero point", "0.5", []string{"0.5"}},
	{"broken encoding", "3-?????", []string{"3"}},
	{"empty", " _-_ ", nil},
}

func TestWords(t *testing.T) {
	for _, tc := range wordCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := words(tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("words(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func FuzzWords(f *testing.F) {
	for _, tc := range wordCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ws := words(s)
		for _, w := range ws {
			if w == "" {
				t.Fatalf("words(%q) holds an empty word: %q", s, ws)
			}
		}
		ix := &Index{}
		ix.Add("fuzz", geo.RoleOther, []Item{{Name: s}})
		if len(ws) > 0 && len(ix.Find(s)) != 1 {
			t.Errorf("a name does not find itself: %q (words %q)", s, ws)
		}
	})
}
