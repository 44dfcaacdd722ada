package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/words"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// TestSyncResultNamesRefusedPhotos: the photos of the office database a
// sync did not take are named in the last result, one line each with
// the annotation and why (a photo without a file name said to be so), in
// English and, with no English word, in Mongolian: an annotation without
// a name by its category or gap kind in the window's language, not by
// the code the result holds.
func TestSyncResultNamesRefusedPhotos(t *testing.T) {
	a := test.NewTempApp(t)
	defer useLanguage(words.EN)
	useLanguage(words.EN)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	kiosk := annot.Point{Meta: annot.NewMeta("Bat", time.Now()), Category: "water_kiosk", Status: annot.Working, Location: orb.Point{106.9, 47.9}}
	flood := annot.Gap{Meta: annot.NewMeta("Bat", time.Now()), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open, Geometry: orb.Point{106.9, 47.9}}
	ws := &workspace.Workspace{Now: time.Now}
	ws.Open(nil, &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{kiosk}, Gaps: []annot.Gap{flood}})
	panel := newSyncPanel(win, ws, prefsOf(a), func(*annot.Set) {})
	panel.stop = func() {}
	res := &office.Result{Pulled: 3, PhotosReceived: 2, Report: &annot.MergeReport{}, Refused: []office.RefusedPhoto{
		{Annotation: "a1", Label: "Ус", Photo: "9390298f3fb0c5b1", Why: office.PhotoDamaged},
		{Annotation: "a2", Label: "Худаг", Photo: "dc35c3249903", Name: "IMG_2.jpg", Why: office.PhotoWrongType},
		{Annotation: "a3", Label: "Сургууль", Photo: "bdf7fbb54387", Name: "IMG_3.jpg", Why: office.PhotoTooLarge},
		{Annotation: "a3", Label: "Сургууль", Photo: "b73a665b4cfa", Name: "IMG_4.jpg", Why: office.PhotoAbsent},
		{Annotation: kiosk.ID, Label: "water_kiosk", Photo: "c0ffee", Name: "IMG_5.jpg", Why: office.PhotoDamaged},
		{Annotation: flood.ID, Label: "flooding", Photo: "c0ffef", Name: "IMG_6.jpg", Why: office.PhotoDamaged},
	}}
	water, _ := ws.Annotations().Category("water_kiosk")
	panel.finish(nil, res, nil, &syncEnd{})
	for _, step := range []struct {
		lang words.Lang
		want []string
	}{
		{words.EN, []string{"Photo (without a file name) of «Ус» stays in the office database, not taken: the photo is damaged.",
			"Photo IMG_2.jpg of «Худаг» stays in the office database, not taken: the photo is not a JPEG or PNG.",
			"Photo IMG_3.jpg of «Сургууль» stays in the office database, not taken: the photo is over 32 MB.",
			"Photo IMG_4.jpg of «Сургууль» stays in the office database, not taken: the office database gives no data for it.",
			"Photo IMG_5.jpg of «" + water.NameEN + "» stays", "Photo IMG_6.jpg of «" + mapstyle.GapKindName(annot.Flooding, "en") + "» stays"}},
		{words.MN, []string{"(файлын нэргүй) зураг («Ус») албан өгөгдлийн санд үлдэж, энэ компьютерт ирсэнгүй: зураг гэмтсэн.",
			"IMG_2.jpg зураг («Худаг») албан өгөгдлийн санд үлдэж, энэ компьютерт ирсэнгүй: зураг JPEG эсвэл PNG биш.",
			"IMG_3.jpg зураг («Сургууль») албан өгөгдлийн санд үлдэж, энэ компьютерт ирсэнгүй: зураг 32 МБ-аас их.",
			"IMG_4.jpg зураг («Сургууль») албан өгөгдлийн санд үлдэж, энэ компьютерт ирсэнгүй: албан өгөгдлийн сан түүний өгөгдлийг өгөхгүй байна.",
			"IMG_5.jpg зураг («" + water.NameMN + "»)", "IMG_6.jpg зураг («" + mapstyle.GapKindName(annot.Flooding, "mn") + "»)"}},
	} {
		prefsOf(a).SetString(prefLanguage, string(step.lang))
		useLanguage(step.lang)
		panel.relabel()
		got := panel.last.Text
		for _, w := range step.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: the last result %q lacks %q", step.lang, got, w)
			}
		}
		if bad := latinWords(got); step.lang == words.MN && len(bad) > 0 {
			t.Errorf("the Mongolian result %q has %v", got, bad)
		}
	}
}
