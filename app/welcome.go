package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// prefWelcomed is set once the welcome has been shown and closed.
const prefWelcomed = "welcomed"

// welcomeDialog is the open welcome ("First steps"); its widgets are kept
// for tests.
type welcomeDialog struct {
	name   *formEntry
	dialog dialog.Dialog
}

// showWelcome shows the three first steps and asks the user's name
// (filled with name); done gets the name typed when the dialog closes.
// It needs only the window it shows in.
func showWelcome(win fyne.Window, name string, done func(name string)) *welcomeDialog {
	intro := widget.NewLabel(lang.L("Khoroo Map marks service points and service gaps on your khoroo's map and prints them for meetings. Three first steps:"))
	intro.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(intro)
	for i, s := range firstSteps() { // the Help menu's words
		step := widget.NewLabel(fmt.Sprintf("%d. %s", i+1, s))
		step.Wrapping = fyne.TextWrapWord
		box.Add(step)
	}
	entry := newEntry(nil)
	entry.SetText(name)
	entry.SetPlaceHolder(lang.L("e.g. D. Ganbaatar, 5th kheseg leader"))
	ask := container.NewVBox(widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("Your name (recorded on your edits)"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), entry)
	// the steps scroll on a small screen (a projector at 1024×768); the name stays in view
	d := dialog.NewCustom(lang.L("Welcome to Khoroo Map"), lang.L("Start"), container.NewBorder(nil, ask, nil, nil, container.NewVScroll(box)), win)
	d.SetIcon(theme.InfoIcon())
	d.SetOnClosed(func() { done(strings.TrimSpace(entry.Text)) })
	entry.OnSubmitted = func(string) { d.Hide() }
	d.Resize(fyne.NewSize(560, 580))
	d.Show()
	win.Canvas().Focus(entry)
	return &welcomeDialog{name: entry, dialog: d}
}

// showFirstSteps shows the welcome with the name from the settings; the
// name typed is stored. The Help menu calls it as "First steps…". Phone
// forms' dialogs asked for while it is open open when it closes.
func (ui *UI) showFirstSteps() *welcomeDialog {
	ui.welcome = showWelcome(ui.win, ui.author(), func(name string) {
		ui.setAuthor(name)
		ui.prefs().SetBool(prefWelcomed, true)
		ui.welcome = nil
		ui.showPendingForms() // those that waited for the welcome
	})
	return ui.welcome
}

// welcomeFirstRun shows the welcome on the first start of this profile
// only; it returns nil when it was shown before.
func (ui *UI) welcomeFirstRun() *welcomeDialog {
	if ui.prefs().Bool(prefWelcomed) {
		return nil
	}
	return ui.showFirstSteps()
}
