package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/words"
)

// annotationPart reports whether an import makes annotations of p.
func annotationPart(p load.Part) bool {
	return p.Role == load.RoleServicePoints || p.Role == load.RoleGapPoints || p.Role == load.RoleGapAreas
}

// linesOf are the parts' lines in l.
func linesOf(parts []load.Part, l words.Lang) []string {
	lines := make([]string, len(parts))
	for i, p := range parts {
		lines[i] = p.Line(l)
	}
	return lines
}

// showLayerLines shows, under the status line's summary, what became of
// each layer of a file, in a short report; nothing without lines.
func showLayerLines(win fyne.Window, summary string, lines []string) {
	if len(lines) == 0 {
		return
	}
	text := widget.NewLabel(strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	head := widget.NewLabelWithStyle(summary, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("What became of each layer"), lang.L("Close"), container.NewBorder(head, nil, nil, nil, text), win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
