package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
	"github.com/khoroomap/khoroomap/geo/words"
)

// With hundreds of points, the gaps come first under their heading and a
// search narrows both groups, in Cyrillic or Latin, by name, category,
// kheseg or notes; a heading is no choice. A project without gaps has no
// "Gaps" heading.
func TestTargetPicker(t *testing.T) {
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	s := &annot.Set{Categories: annot.DefaultCategories()}
	for i := range 300 {
		s.Points = append(s.Points, annot.Point{Meta: annot.NewMeta("Б", now.Add(time.Duration(i)*time.Second)), Category: "water_kiosk",
			Name: fmt.Sprintf("%d-р ус түгээх байр", i+1), Location: orb.Point{106.9, 47.9}})
	}
	s.Points[7].Name, s.Points[7].Places.Kheseg = "12-р сургууль", "5-р хэсэг"
	s.Gaps = []annot.Gap{
		{Meta: annot.NewMeta("Б", now), Kind: annot.Flooding, Notes: "Хаврын үер", Geometry: annot.NewArea([]orb.Point{{106.9, 47.9}, {106.91, 47.9}, {106.9, 47.91}})},
		{Meta: annot.NewMeta("Б", now.Add(time.Hour)), Kind: annot.Flooding, Geometry: orb.Point{106.9, 47.9}},
		{Meta: annot.NewMeta("Б", now.Add(2*time.Hour)), Kind: annot.Flooding, Geometry: annot.NewArea([]orb.Point{{106.9, 47.9}, {106.92, 47.9}, {106.9, 47.92}})},
	}
	noGaps := *s
	noGaps.Gaps = nil
	if got := photoTargets(&noGaps, "en"); len(got) != 1+300 || got[0].label != "Service points" {
		t.Errorf("without gaps: %d rows, the first %q", len(got), got[0].label)
	}
	all := photoTargets(s, "en")
	if len(all) != 2+3+300 || all[0].label != "Gaps" || all[4].label != "Service points" {
		t.Fatalf("%d rows, headings %q and %q", len(all), all[0].label, all[4].label)
	}
	cases := []struct{ query, want string }{
		{"", "Gaps|Gap (point): Flooding|Gap area: Flooding|Gap area: Flooding (2)|Service points|1-р ус түгээх байр"},
		{"gap area", "Gaps|Gap area: Flooding|Gap area: Flooding (2)"},
		{"хаврын", "Gaps|Gap area: Flooding"},
		{"surguuli", "Service points|12-р сургууль"},
		{"5-р хэсэг", "Service points|12-р сургууль"},
		{"299-р", "Service points|299-р ус түгээх байр"},
		{"nothing like it", ""},
	}
	w := test.NewTempWindow(t, nil)
	var picked string
	p := showTargetPicker(w, "IMG_1.jpg", all, func(id string) { picked = id })
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			p.search.SetText(c.query)
			var got []string
			for i := 0; i < len(p.shown) && i < 6; i++ {
				got = append(got, p.shown[i].label)
			}
			if strings.Join(got, "|") != c.want {
				t.Errorf("lists %q, want %q", strings.Join(got, "|"), c.want)
			}
		})
	}
	p.search.SetText("")
	p.list.Select(0)
	if picked != "" {
		t.Fatalf("a heading was picked: %q", picked)
	}
	p.list.Select(3)
	if picked != all[3].id {
		t.Errorf("picked %q, want %q", picked, all[3].id)
	}
}

// In Mongolian, the photos' list and the picker show no English word,
// their headings and search box included.
func TestTargetPickerMongolian(t *testing.T) {
	a := test.NewTempApp(t)
	prefsOf(a).SetString(prefLanguage, "mn")
	defer useLanguage(words.EN)
	ui := testUIOf(t, a, 1, nil)
	ph, err := photo.Reduce("IMG_1.jpg", phototest.JPEG(phototest.Quadrants(40, 30), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	gap := annot.Gap{Meta: annot.NewMeta("Б", now()), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Geometry: orb.Point{106.92, 47.955}}
	ui.edit(annot.Change{NewGap: &gap}) // the training project has none: no heading for them
	pi := ui.newPhotoImporter()
	pi.show()
	ui.win.Canvas().Overlays().Top().Hide()
	pi.noGPS(&photoimport.Result{NoGPS: []photo.Photo{ph}})
	latinIn(t, ui, "the photos without a position")
	test.Tap(pi.placer.attach[0])
	latinIn(t, ui, "the service point or gap picker")
	if texts := shownTexts(ui.win.Canvas().Overlays().Top()); !slices.Contains(texts, "Дутагдал") || !slices.Contains(texts, "Үйлчилгээний цэгүүд") {
		t.Errorf("the picker shows %q", texts)
	}
}
