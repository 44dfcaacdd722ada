package app

import (
	"io"
	"runtime"
	"strconv"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/coverage"
)

// exportCSV writes the ranked areas.
func (p *coveragePanel) exportCSV() {
	if len(p.results) == 0 {
		p.status.SetText(lang.L("Work out the coverage first."))
		return
	}
	res, id, d := p.results, p.catID, p.metres
	p.env.pickSave(lang.L("coverage")+"-"+id+".csv", ".csv", func(path string) {
		if err := writeFileAtomically(path, func(w io.Writer) error { return coverage.WriteCSV(w, res, id, d, crlfFor(runtime.GOOS)) }); err != nil {
			dialog.ShowError(err, p.env.win)
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
	distances := map[string]float64{}
	for c := range coverage.DefaultDistances {
		if _, ok := s.Category(c); ok {
			distances[c] = coverage.DefaultDistance(c)
			if v, ok, _ := p.env.ws.Project().Setting(coverage.SettingKey(c)); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 {
					distances[c] = f
				}
			}
		}
	}
	code := p.env.lang()
	p.env.pickSave(lang.L("summary")+".csv", ".csv", func(path string) {
		rows := coverage.Summary(areas, s, distances)
		if err := writeFileAtomically(path, func(w io.Writer) error {
			return coverage.WriteSummaryCSV(w, rows, s, distances, code, crlfFor(runtime.GOOS))
		}); err != nil {
			dialog.ShowError(err, p.env.win)
			return
		}
		p.status.SetText(lang.L("Saved as") + " " + path)
	})
}
