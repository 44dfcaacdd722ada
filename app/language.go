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
// tests.
type settingsDialog struct {
	language  *widget.Select
	author    *formEntry
	projector *widget.Check
	dialog    dialog.Dialog
}

// showSettings lets the user pick the interface language and give their
// name; the name is stored when the dialog closes, not at each key.
func (ui *UI) showSettings() *settingsDialog {
	current := ui.prefs().String(prefLanguage)
	var labels []string
	selected := languages[0].label
	for _, l := range languages {
		labels = append(labels, l.label)
		if l.code == current {
			selected = l.label
		}
	}
	choice := widget.NewSelect(labels, nil)
	choice.SetSelected(selected)
	choice.OnChanged = func(label string) {
		for _, l := range languages {
			if l.label == label {
				ui.setLanguage(l.code)
			}
		}
	}
	author := newEntry(nil)
	author.SetText(ui.author())
	author.SetPlaceHolder(lang.L("e.g. D. Ganbaatar, 5th kheseg leader"))
	projector := widget.NewCheck(lang.L("Projector mode: large text and map labels, high contrast"), ui.setProjector)
	projector.SetChecked(ui.projectorOn())
	form := container.NewVBox(widget.NewLabel(lang.L("Language")), choice,
		widget.NewLabel(lang.L("Your name (recorded on your edits)")), author, projector)
	d := dialog.NewCustom(lang.L("Settings"), lang.L("Close"), form, ui.win)
	d.SetOnClosed(func() { ui.setAuthor(author.Text) })
	author.OnSubmitted = func(string) { d.Hide() }
	d.Resize(fyne.NewSize(420, 320))
	d.Show()
	return &settingsDialog{language: choice, author: author, projector: projector, dialog: d}
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
	ui.scaleBar.update(ui.Map.View(), ui.Map.currentScale())
}
