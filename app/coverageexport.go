package app

import (
	"io"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/coverage"
)

// csvButton offers the two CSV files in a menu: the ranked areas, and the
// summary table of every service.
func (p *coveragePanel) csvButton() *widget.Button {
	var b *widget.Button
	b = widget.NewButtonWithIcon("CSV…", theme.DownloadIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(lang.L("Export CSV…"), p.exportCSV),
			fyne.NewMenuItem(lang.L("Summary table CSV…"), p.exportSummary))
		c := fyne.CurrentApp().Driver().CanvasForObject(b)
		widget.ShowPopUpMenuAtRelativePosition(menu, c, fyne.NewPos(0, b.Size().Height), b)
	})
	return b
}

// exportCSV writes the ranked areas.
func (p *coveragePanel) exportCSV() {
	if len(p.results) == 0 {
		p.status.SetText(lang.L("Work out the coverage first."))
		return
	}
	res, id, d := p.results, p.catID, p.metres
	p.env.pickSave(lang.L("coverage")+"-"+id+".csv", ".csv", func(path string) {
		if err := writeFileAtomically(path, func(w io.Writer) error { return coverage.WriteCSV(w, res, id, d, crlfFor(runtime.GOOS)) }); err != nil {
			showError(err, p.env.win)
			return
		}
		p.status.SetText(lang.L("Saved as") + " " + path)
	})
}

// exportSummary writes the summary table of every category for the
// chosen kind of area.
func (p *coveragePanel) exportSummary() {
	areas := p.env.areas(p.role(), true)
	if len(areas) == 0 || p.env.ws.Annotations() == nil {
		p.status.SetText(lang.L("Load a layer of these areas first (Layers tab)."))
		return
	}
	s := p.env.ws.Annotations()
	distances := coverage.Distances(p.env.ws.Project(), s)
	code := p.env.lang()
	p.env.pickSave(lang.L("summary")+".csv", ".csv", func(path string) {
		rows := coverage.Summary(areas, s, distances)
		if err := writeFileAtomically(path, func(w io.Writer) error {
			return coverage.WriteSummaryCSV(w, rows, s, distances, code, crlfFor(runtime.GOOS))
		}); err != nil {
			showError(err, p.env.win)
			return
		}
		p.status.SetText(lang.L("Saved as") + " " + path)
	})
}
