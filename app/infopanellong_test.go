package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// A boundary's name, property name and value as long as a file may bring
// (1 MiB) are shown cut, with "…": the panel never lays out a megabyte.
func TestInfoPanelCutsLongTexts(t *testing.T) {
	test.NewTempApp(t)
	p := newInfoPanel()
	long := strings.Repeat("ө", 1<<19)
	f := &geo.Feature{Name: long, Geometry: orb.Point{106.9, 47.9}, Props: geo.Props{{Key: long, Value: long}}}
	p.show(&geo.Layer{Source: "t.geojson", Kind: geo.Points}, f)
	if n := utf8.RuneCountInString(p.title.Text); n != annot.MaxName || !strings.HasSuffix(p.title.Text, "…") {
		t.Errorf("the title is %d characters", n)
	}
	if len(p.props.Items) != 1 {
		t.Fatalf("%d rows", len(p.props.Items))
	}
	key := p.props.Items[0].Text
	value := strings.TrimSuffix(renderedText(p.props.Items[0].Widget), "\n")
	if utf8.RuneCountInString(key) != geo.MessageChars || utf8.RuneCountInString(value) > annot.MaxNotes+50 || !strings.Contains(value, "…") {
		t.Errorf("the row is %d and %d characters", utf8.RuneCountInString(key), utf8.RuneCountInString(value))
	}
}
