package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/app/locale"
	"github.com/khoroomap/khoroomap/assets"
)

// systemLanguage is the messages locale the process started with, after
// package locale replaced a POSIX one.
var systemLanguage = locale.Effective()

// languages the interface speaks, by code; "" follows the system.
var languages = []struct{ code, label string }{
	{"", "System / Систем"},
	{"mn", "Монгол"},
	{"en", "English"},
}

// setupLanguage loads the translations and applies the language chosen in
// the settings, or the system's (English under a POSIX locale).
func setupLanguage(a fyne.App) {
	if code := a.Preferences().String(prefLanguage); code != "" {
		locale.Set(code)
	}
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		fyne.LogError("loading translations", err)
	}
}

// showSettings lets the user pick the interface language.
func (ui *UI) showSettings() {
	current := ui.app.Preferences().String(prefLanguage)
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
	author := widget.NewEntry()
	author.SetText(ui.author())
	author.SetPlaceHolder(lang.L("e.g. D. Ganbaatar, 5th kheseg leader"))
	author.OnChanged = func(s string) { ui.app.Preferences().SetString(prefAuthor, strings.TrimSpace(s)) }
	form := container.NewVBox(widget.NewLabel(lang.L("Language")), choice,
		widget.NewLabel(lang.L("Your name (recorded on your edits)")), author)
	d := dialog.NewCustom(lang.L("Settings"), lang.L("Close"), form, ui.win)
	d.Resize(fyne.NewSize(380, 280))
	d.Show()
}

// setLanguage remembers the choice and rebuilds the window in it.
func (ui *UI) setLanguage(code string) {
	ui.app.Preferences().SetString(prefLanguage, code)
	if code == "" {
		locale.Set(systemLanguage)
	}
	setupLanguage(ui.app)
	ui.win.SetTitle(lang.L("Khoroo Map"))
	ui.build()
	ui.sceneChanged()
	ui.scaleBar.update(ui.Map.View(), ui.Map.currentScale())
}

// langCode is the interface language: "mn" or "en".
func langCode(a fyne.App) string {
	code := a.Preferences().String(prefLanguage)
	if code == "" {
		code = systemLanguage
	}
	if strings.HasPrefix(strings.ToLower(code), "mn") {
		return "mn"
	}
	return "en"
}
