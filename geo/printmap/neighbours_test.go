package printmap

import (
	"strings"
	"testing"
)

// On a page about Сүхбаатар's 6th khoroo, the khoroos of other districts
// carry their district's short name; Сүхбаатар's own do not.
func TestNeighboursFromOtherDistrictsNamed(t *testing.T) {
	p := realProject(t)
	a, err := p.FindArea("sukhbaatar 6-r khoroo")
	if err != nil {
		t.Fatal(err)
	}
	layers := p.labelledLayers(&a)
	prefixed, own := 0, 0
	for j, l := range layers[0].Labels {
		f := layers[0].Layer.Features[j]
		switch d := f.Props.Text("district"); {
		case d == "Сүхбаатар" && l == f.Name:
			own++
		case d == "Чингэлтэй" && l == "ЧД "+f.Name:
			prefixed++
		case d != "Сүхбаатар" && !strings.HasSuffix(l, " "+f.Name):
			t.Errorf("%s %s labelled %q", d, f.Name, l)
		}
	}
	if own != 20 || prefixed != 24 {
		t.Errorf("%d of Сүхбаатар's 20 khoroos plain, %d of Чингэлтэй's 24 prefixed", own, prefixed)
	}
	if l := p.labelledLayers(nil); l[0].Labels != nil {
		t.Error("a page about no area relabels")
	}
}
