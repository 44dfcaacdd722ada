package app

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	_ "github.com/khoroomap/khoroomap/app/locale" // replaces a POSIX locale before Fyne reads it
	"github.com/khoroomap/khoroomap/geo/words"
)

// systemLanguage is the system's language as Fyne sees it (on Windows and
// macOS the OS's own setting), when it is one Khoroo Map speaks; else
// English.
var systemLanguage = sync.OnceValue(func() words.Lang {
	return words.Or(string(lang.SystemLocale()), words.EN)
})

// languages the interface speaks, by code; "" follows the system.
var languages = []struct{ code, label string }{
	{"", "System / Систем"},
	{"mn", "Монгол"},
	{"en", "English"},
}

// chosenLang is the interface language: the one stored in the settings
// (a code), else the system's.
func chosenLang(pref string, system words.Lang) words.Lang {
	if l, err := words.Parse(pref); err == nil {
		return l
	}
	return system
}

// fyneLocales are the locales under which Fyne may look up its strings on
// a system whose primary locale is system: that locale, its language
// alone, and English, Fyne's fallback when nothing matches.
func fyneLocales(system fyne.Locale) []fyne.Locale {
	out := []fyne.Locale{system}
	base, _, _ := strings.Cut(string(system), "-")
	if fyne.Locale(base) != system {
		out = append(out, fyne.Locale(base))
	}
	if base != "en" {
		out = append(out, "en")
	}
	return out
}

// useLanguage makes l the language of lang.L, Fyne's own dialogs
// included, whatever the OS reports: Fyne matches the system's locale
// against its translations, so l's are registered under that locale.
// Each language file has every key, so a switch replaces every string.
func useLanguage(l words.Lang) {
	data, err := words.JSON(l)
	if err != nil {
		fyne.LogError("loading translations", err)
		return
	}
	for _, loc := range fyneLocales(lang.SystemLocale()) {
		if err := lang.AddTranslationsForLocale(data, loc); err != nil {
			fyne.LogError("loading translations", err)
		}
	}
}

// setupLanguage applies the language chosen in the settings, or the
// system's.
func setupLanguage(a fyne.App) { useLanguage(langOf(a)) }

// langOf is the interface language of a.
func langOf(a fyne.App) words.Lang {
	return chosenLang(prefsOf(a).String(prefLanguage), systemLanguage())
}

// langCode is the interface language as a code: "mn" or "en".
func langCode(a fyne.App) string { return string(langOf(a)) }

// settingsDialog is the open Settings dialog; its widgets are kept for
// tests. A change of language builds it again in the new language, in
// the same struct.
type settingsDialog struct {
	language  *formSelect
	author    *formEntry
	projector *widget.Check
	dialog    dialog.Dialog
	swapping  bool // the dialog is being replaced: its name is not stored
}

// showSettings lets the user pick the interface language and give their
// name; the name is stored when the dialog closes, not at each key.
func (ui *UI) showSettings() *settingsDialog {
	s := &settingsDialog{}
	ui.buildSettings(s, ui.author())
	return s
}

// buildSettings builds the Settings dialog into s, in the language now
// chosen, with name in its name field, and shows it.
func (ui *UI) buildSettings(s *settingsDialog, name string) {
	s.language = languageChoice(ui.prefs().String(prefLanguage), func(code string) {
		ui.setLanguage(code)
		s.swapping = true // the name typed goes on into the new dialog
		s.dialog.Hide()
		ui.buildSettings(s, s.author.Text)
	})
	s.author = newEntry(nil)
	s.author.SetText(name)
	s.author.undoTo(ui.author()) // Escape: the name kept, also after a switch of language
	s.author.SetPlaceHolder(lang.L("e.g. D. Ganbaatar, 5th kheseg leader"))
	s.projector = widget.NewCheck(lang.L("Projector mode: large text and map labels, high contrast"), ui.setProjector)
	s.projector.SetChecked(ui.projectorOn())
	form := container.NewVBox(widget.NewLabel(lang.L("Language")), s.language,
		widget.NewLabel(lang.L("Your name (recorded on your edits)")), s.author, s.projector)
	d := dialog.NewCustom(lang.L("Settings"), lang.L("Close"), form, ui.win)
	author := s.author
	s.swapping = false
	d.SetOnClosed(func() {
		if !s.swapping {
			ui.setAuthor(author.Text)
		}
	})
	author.OnSubmitted = func(string) { d.Hide() }
	d.Resize(fyne.NewSize(420, 320))
	s.dialog = d
	d.Show()
}

// languageChoice lists the languages, current (a code) chosen; chosen
// gets the code of another one picked.
func languageChoice(current string, chosen func(code string)) *formSelect {
	var labels []string
	selected := languages[0].label
	for _, l := range languages {
		labels = append(labels, l.label)
		if l.code == current {
			selected = l.label
		}
	}
	choice := newChoice(labels, nil)
	choice.SetSelected(selected)
	choice.OnChanged = func(label string) {
		for _, l := range languages {
			if l.label == label {
				chosen(l.code)
			}
		}
	}
	return choice
}

// setAuthor stores the user's name when it changed.
func (ui *UI) setAuthor(name string) {
	if name = strings.TrimSpace(name); name != ui.author() {
		ui.prefs().SetString(prefAuthor, name)
	}
}

// setLanguage remembers the choice ("mn", "en", or "" for the system's)
// and rebuilds the window in it.
func (ui *UI) setLanguage(code string) {
	ui.prefs().SetString(prefLanguage, code)
	setupLanguage(ui.app)
	ui.updateTitle()
	ui.build()
	ui.sceneChanged()
	ui.showSelected() // the new panel shows the selection still ringed on the map
	ui.scaleBar.update(ui.Map.View(), ui.Map.currentScale())
	if ui.syncer != nil { // kept across the switch: it holds the last result
		ui.syncer.relabel()
	}
	if ui.export != nil { // open under Settings
		ui.exportAgain()
	}
}
