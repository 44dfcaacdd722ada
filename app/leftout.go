package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// leftOutShown is how many of the lines a dialog lists; the others are
// counted.
const leftOutShown = 10

// leftOutText words, in the window's language, what a read or a merge
// left out (rows at no longitude/latitude, photos too large to decode):
// a line each, the first leftOutShown, then how many more.
func leftOutText(errs []error) string {
	var b strings.Builder
	for i, err := range errs {
		if i == leftOutShown {
			fmt.Fprintf(&b, lang.L("… and %d more")+"\n", len(errs)-i)
			break
		}
		b.WriteString("• " + errorText(err) + "\n")
	}
	return b.String()
}

// showLeftOut says, when a project opens, which of its rows reading left
// out; nothing when none was.
func showLeftOut(errs []error, win fyne.Window) {
	if len(errs) == 0 {
		return
	}
	head := widget.NewLabel(lang.L("These rows of the project have coordinates that are not on the Earth and are not shown, printed, exported or merged. The file keeps them as they are."))
	head.Wrapping = fyne.TextWrapWord
	text := widget.NewLabel(leftOutText(errs))
	text.Wrapping = fyne.TextWrapWord
	text.Selectable = true
	d := dialog.NewCustom(lang.L("Rows left out"), lang.L("Close"), container.NewBorder(head, nil, nil, nil, container.NewVScroll(text)), win)
	d.Resize(fyne.NewSize(640, 400))
	d.Show()
}
