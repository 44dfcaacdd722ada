package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

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
// each layer of a file, in a short report; nothing without lines. Files
// imported while it is open are reported in it too, each under its own
// summary.
func showLayerLines(win fyne.Window, summary string, lines []string) {
	if len(lines) == 0 {
		return
	}
	e, isNew := windowDialog{win, "layers"}.open(func() *textDialog {
		return newTextDialog(lang.L("What became of each layer"), lang.L("Close"), nil, win)
	})
	e.addHead(summary)
	e.add(lines...)
	if isNew {
		e.d.Show()
	}
}
