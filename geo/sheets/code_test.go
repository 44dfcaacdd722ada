package sheets

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
)

func TestCodeRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		in   Code
		want Code
	}{
		{"plain", Code{"Сүхбаатар 6", "S03", orb.Bound{Min: orb.Point{106.9, 47.9}, Max: orb.Point{106.92, 47.91}}},
			Code{"Сүхбаатар 6", "S03", orb.Bound{Min: orb.Point{106.9, 47.9}, Max: orb.Point{106.92, 47.91}}}},
		{"bar in name", Code{"a|b", "p|1", orb.Bound{Min: orb.Point{1, 2}, Max: orb.Point{3, 4}}},
			Code{"a/b", "p/1", orb.Bound{Min: orb.Point{1, 2}, Max: orb.Point{3, 4}}}},
		{"long name cut on a letter", Code{strings.Repeat("Ө", 30), "1", orb.Bound{Min: orb.Point{1, 2}, Max: orb.Point{3, 4}}},
			Code{strings.Repeat("Ө", 12), "1", orb.Bound{Min: orb.Point{1, 2}, Max: orb.Point{3, 4}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCode(tt.in.String())
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseCodeRefuses(t *testing.T) {
	for _, text := range []string{
		"", "http://example.com", "KHM1|p|1", "KHM2|p|1|1,2,3,4", "KHM1|p|1|1,2,3",
		"KHM1|p|1|1,2,x,4", "KHM1|p|1|NaN,2,3,4", "KHM1|p|1|3,2,1,4", "KHM1|p|1|1,2,3,2",
		"KHM1|p|1|-200,2,3,4", "KHM1|p|1|1,2,3,89",
	} {
		if c, err := ParseCode(text); err == nil {
			t.Errorf("%q: got %+v, want an error", text, c)
		} else if !strings.HasPrefix(err.Error(), "sheets: ") {
			t.Errorf("%q: %v lacks the package prefix", text, err)
		}
	}
}

func FuzzParseCode(f *testing.F) {
	f.Add("KHM1|p|1|1,2,3,4")
	f.Add("KHM1|||")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCode(s)
		if err != nil {
			return
		}
		if _, err := ParseCode(c.String()); err != nil {
			t.Errorf("%q parsed to %+v, whose text does not parse: %v", s, c, err)
		}
	})
}

// TestProjectNameOfUntitled: sheets printed from a project saved without
// a title carried an empty project name in their code and printed none;
// they now carry the khoroo's name, and a titled project its title.
func TestProjectNameOfUntitled(t *testing.T) {
	p := sample(t)
	if got := ProjectName(p); got != "Сургалтын хороо" {
		t.Errorf("titled: got %q", got)
	}
	khoroo := p.Areas(geo.RoleKhoroo)
	if len(khoroo) == 0 || khoroo[0].Name == "" {
		t.Fatal("the training project has no named khoroo")
	}
	p.Title = ""
	if got := ProjectName(p); got != khoroo[0].Name {
		t.Errorf("untitled: got %q, want the khoroo's name %q", got, khoroo[0].Name)
	}
	for _, s := range Pages(p) {
		if s.Code.Project != khoroo[0].Name {
			t.Fatalf("page %s carries %q, want %q", s.Code.Page, s.Code.Project, khoroo[0].Name)
		}
	}
	if got := ProjectName(&printmap.Project{}); got != "khoroomap" {
		t.Errorf("nothing at all: got %q", got)
	}
}
