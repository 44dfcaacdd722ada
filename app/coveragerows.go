package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/coverage"
)

// setResults shows a computed analysis, with note before its sentence.
func (p *coveragePanel) setResults(id string, d float64, res []coverage.Result, points int, note string) {
	p.results, p.chosen = res, -1
	p.makeGap.Disable()
	p.detail.Hide()
	p.list.UnselectAll()
	l := &geo.Layer{Kind: geo.Polygons}
	var total, outside float64
	for _, r := range res {
		if len(r.Uncovered) > 0 {
			l.Features = append(l.Features, geo.Feature{Name: fmt.Sprintf("%.0f%%", 100*r.Share), Geometry: r.Uncovered})
		}
		total += r.AreaM2
		outside += r.UncoveredM2
	}
	l.ComputeBound()
	p.shaded = l
	text := coverageSentence(100*outside/max(total, 1), d, p.categoryName(id), points)
	if note != "" {
		text = note + " " + text
	}
	p.status.SetText(text)
	p.list.Refresh()
	p.env.redraw()
}

// coverageSentence says how much of the area is out of reach, and that
// only the points on the map count.
func coverageSentence(share, metres float64, category string, points int) string {
	return fmt.Sprintf(lang.L("%.0f%% of the area is more than %g m from a mapped working %s (%d on the map): only points on the map count."),
		share, metres, category, points)
}

// categoryName is a category's name in the window's language.
func (p *coveragePanel) categoryName(id string) string {
	c, _ := p.env.ws.Annotations().Category(id)
	return c.Name(p.env.lang())
}

// updateRow shows an area in one line, its share out of reach first.
func (p *coveragePanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(p.results) {
		return
	}
	r := p.results[i]
	name := r.Area.Name
	if r.Area.District != "" {
		name += " (" + r.Area.District + ")"
	}
	o.(*widget.Label).SetText(fmt.Sprintf("%.0f%% — %s", 100*r.Share, name))
}

// rowDetail is an area's figures, shown under the list when chosen.
func rowDetail(r coverage.Result) string {
	detail := fmt.Sprintf(lang.L("%.1f of %.1f ha out of reach; %d points inside"), r.UncoveredM2/1e4, r.AreaM2/1e4, r.Points)
	if r.PeopleOutside >= 0 {
		detail += fmt.Sprintf(lang.L("; about %.0f people"), r.PeopleOutside) + ". " +
			lang.L("People out of reach are estimated, assuming residents are spread evenly.")
	}
	return r.Area.Name + ": " + detail
}

// selectRow zooms to an area, shows it in the info panel and offers to
// make a gap of its region.
func (p *coveragePanel) selectRow(i widget.ListItemID) {
	if i >= len(p.results) {
		return
	}
	p.chosen = i
	r := p.results[i]
	p.env.showArea(r.Area)
	p.detail.SetText(rowDetail(r))
	p.detail.Show()
	if len(r.Uncovered) > 0 {
		p.makeGap.Enable()
	} else {
		p.makeGap.Disable()
	}
}

// gapFromChosen turns the chosen area's largest uncovered region into a
// gap annotation (a missing service), saved and undoable like any edit.
func (p *coveragePanel) gapFromChosen() {
	if p.chosen < 0 || p.chosen >= len(p.results) {
		return
	}
	r := p.results[p.chosen]
	largest := largestPolygon(r.Uncovered)
	if largest == nil {
		return
	}
	sev := annot.Low
	switch {
	case r.Share > 0.5:
		sev = annot.High
	case r.Share > 0.2:
		sev = annot.Medium
	}
	who := p.env.author()
	g := annot.Gap{Meta: annot.NewMeta(who, now()), Kind: annot.MissingService, Service: p.catID, Severity: sev, Status: annot.Open,
		RaisedBy: who, Raised: now().Format("2006-01-02"), Geometry: largest,
		Notes: fmt.Sprintf(lang.L("Worked out: %.0f%% of %s is more than %g m from a working %s."), 100*r.Share, r.Area.Name, p.metres, p.categoryName(p.catID))}
	if p.env.edit(annot.Change{NewGap: &g}) {
		p.env.selectAnnot(g.ID)
		p.status.SetText(lang.L("The gap was added; edit it from the panel on the right."))
	}
}

func largestPolygon(mp orb.MultiPolygon) orb.Polygon {
	var best orb.Polygon
	bestA := 0.0
	for _, poly := range mp {
		if a := geo.Area(poly); a > bestA {
			best, bestA = poly, a
		}
	}
	return best
}
