package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/words"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// TestSyncResultFollowsLanguage: the sync panel's stage and last result
// (numbers, mappings, the password kept), and a cancelled sync's line
// with the good one under it, are worded again in the language chosen
// after them, with the same numbers.
func TestSyncResultFollowsLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	defer useLanguage(words.EN)
	useLanguage(words.EN)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	panel := newSyncPanel(win, &workspace.Workspace{Now: time.Now}, prefsOf(a), func(*annot.Set) {})
	panel.stop = func() {}
	res := &office.Result{Pushed: 3, Pulled: 2, PhotosSent: 4, MappingsReceived: 1, MappingsRefused: []string{"x"}, Report: &annot.MergeReport{}}
	panel.finish(nil, res, nil, &syncEnd{kept: passwordKept})
	steps := []struct {
		lang        words.Lang
		end         *syncEnd
		stage, want []string
		not         string
	}{
		{words.EN, nil, []string{"Sync finished."}, []string{"3 sent, 2 received", "Photos: 4 sent", "Phone form mappings: 0 sent, 1 received",
			"1 phone form mappings", "keyring"}, "Сүүлийн"},
		{words.MN, nil, []string{"Ижилтгэл дууслаа."}, []string{"3 илгээсэн, 2 хүлээн авсан", "Гэрэл зураг: 4 илгээсэн",
			"Утасны маягтын баганын тохируулга: 0 илгээсэн, 1 хүлээн авсан"}, "Last sync"},
		{words.MN, &syncEnd{err: context.Canceled}, nil, []string{"3 илгээсэн, 2 хүлээн авсан"}, "cancelled"},
		{words.EN, nil, nil, []string{"Sync cancelled", "3 sent, 2 received"}, "Ижилтгэл"},
	}
	for i, s := range steps {
		useLanguage(s.lang)
		if s.end != nil {
			panel.showProgress(office.Progress{Stage: office.StageAnnotations})
			panel.finish(nil, nil, nil, s.end)
		}
		panel.relabel()
		got := panel.last.Text
		for _, w := range s.want {
			if !strings.Contains(got, w) {
				t.Errorf("step %d (%s): the last result %q, want %q in it", i, s.lang, got, w)
			}
		}
		if strings.Contains(got, s.not) || strings.Contains(got, "%!") {
			t.Errorf("step %d (%s): the last result %q still has %q", i, s.lang, got, s.not)
		}
		if s.stage != nil && panel.stage.Text != s.stage[0] {
			t.Errorf("step %d (%s): the stage reads %q, want %q", i, s.lang, panel.stage.Text, s.stage[0])
		}
	}
	if want := stepWords(office.Progress{Stage: office.StageAnnotations}); panel.stage.Text != want || !strings.HasPrefix(want, "Step") {
		t.Errorf("the cancelled sync's stage reads %q in English, want %q", panel.stage.Text, want)
	}
}
