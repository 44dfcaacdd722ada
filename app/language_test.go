package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/words"
)

func TestChosenLang(t *testing.T) {
	for _, c := range []struct {
		name, pref string
		system     words.Lang
		want       words.Lang
	}{
		{"chosen Mongolian on an English system", "mn", words.EN, words.MN},
		{"chosen English on a Mongolian system", "en", words.MN, words.EN},
		{"following the system", "", words.MN, words.MN},
		{"a stored label from an old version", "Монгол", words.EN, words.EN},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := chosenLang(c.pref, c.system); got != c.want {
				t.Errorf("chosenLang(%q, %s) = %s, want %s", c.pref, c.system, got, c.want)
			}
		})
	}
}

func TestFyneLocales(t *testing.T) {
	for system, want := range map[fyne.Locale][]fyne.Locale{
		"de-DE": {"de-DE", "de", "en"},
		"mn-MN": {"mn-MN", "mn", "en"},
		"en-US": {"en-US", "en"},
		"en":    {"en"},
		"und":   {"und", "en"},
	} {
		if got := fyneLocales(system); !slices.Equal(got, want) {
			t.Errorf("fyneLocales(%s) = %v, want %v", system, got, want)
		}
	}
}

// The language chosen in the window wins over the system's, for our
// strings and Fyne's own, even when the system does not let the process
// change its locale (Windows asks the OS; here LANGUAGE, which go-locale
// puts before LC_MESSAGES, plays that part).
func TestLanguageIndependentOfSystem(t *testing.T) {
	t.Setenv("LANGUAGE", "de_DE")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "de_DE.UTF-8")
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, l := range words.All {
		ui.setLanguage(string(l))
		for _, key := range []string{"Layers", "Cancel", "Save"} {
			if got, want := lang.L(key), l.T(key); got != want {
				t.Errorf("%s on a German system: %q reads %q, want %q", l, key, got, want)
			}
		}
		if d := ui.showExport(); d.printLang() != l {
			t.Errorf("the print dialog starts in %s under a %s window", d.printLang(), l)
		}
	}
}

// Preferences hold codes, not labels: the atlas choice survives a switch
// of language, and the name is stored once, when Settings closes.
func TestPreferencesHoldCodes(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	d := ui.showExport()
	d.by.SetSelected(d.by.Options[1])
	ui.setLanguage("mn")
	if again := ui.showExport(); again.by.Selected != again.by.Options[1] {
		t.Errorf("after a switch to Mongolian the atlas is by %q", again.by.Selected)
	}
	writes := 0
	ui.prefs().AddChangeListener(func(string) { writes++ })
	s := ui.showSettings()
	test.Type(s.author, "Бат-Эрдэнэ")
	if writes != 0 {
		t.Errorf("%d preference writes while typing a name", writes)
	}
	s.dialog.Hide()
	if ui.author() != "Бат-Эрдэнэ" || writes != 1 {
		t.Errorf("after closing: author %q, %d writes", ui.author(), writes)
	}
}

// A switch of language keeps the project's name in the window's title:
// "Сургалтын жишээ: Сургалтын төсөл — Хорооны зураг" (the training
// project is marked as such on main), not "Хорооны зураг" (found by
// .ci/first-hour under wine, where the leader chooses Монгол in Settings).
func TestLanguageKeepsProjectInTitle(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, l := range []words.Lang{words.MN, words.EN} {
		ui.setLanguage(string(l))
		if got, want := ui.win.Title(), l.T("Training sample")+": "+l.T("Training project")+" — "+l.T("Khoroo Map"); got != want {
			t.Errorf("after a switch to %s the title is %q, want %q", l, got, want)
		}
	}
}
