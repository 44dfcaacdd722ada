package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// refresh shows what the mapping would import, and its problems.
func (fi *formImporter) refresh() {
	fi.rows.RemoveAll()
	ps := fi.m.Problems(fi.tab, fi.cats)
	fi.problems.SetText(fi.problemText(ps))
	fi.problems.Hidden = len(ps) == 0
	if len(ps) > 0 {
		fi.importBtn.Disable()
		fi.counts.SetText("")
		return
	}
	fi.importBtn.Enable()
	project := fi.ws.Annotations()
	res, err := phoneform.Apply(fi.tab, fi.m, phoneform.Options{Categories: fi.cats, Project: project})
	if err != nil {
		fi.problems.SetText(errorText(err))
		fi.problems.Show()
		fi.importBtn.Disable()
		return
	}
	fi.counts.SetText(fi.countText(res, project))
	for _, line := range fi.previewLines(res) {
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		fi.rows.Add(l)
	}
}

// countText says how many service points and gaps would land (and how
// many of them the project holds already: a second import of one export
// adds nothing), and how many rows are refused, by reason.
func (fi *formImporter) countText(res *phoneform.Result, project *annot.Set) string {
	text := fmt.Sprintf(lang.L("%d service points and %d gaps would be imported."), len(res.Points), len(res.Gaps))
	if held := alreadyHeld(res, project); held > 0 {
		text += " " + fmt.Sprintf(lang.L("%d of them are in the project already (updated if they changed)."), held)
	}
	by := map[phoneform.Reason]int{}
	var order []phoneform.Reason
	for _, r := range res.Refused {
		if by[r.Reason] == 0 {
			order = append(order, r.Reason)
		}
		by[r.Reason]++
	}
	if names, paths := phoneform.PhotoFiles(fi.tab, fi.m); len(names) > 0 {
		found := 0
		for _, n := range names {
			if paths[n] != "" {
				found++
			}
		}
		text += "\n" + fmt.Sprintf(lang.L("Photos found beside the file: %d of %d"), found, len(names))
	}
	for _, r := range order {
		text += "\n" + fmt.Sprintf(lang.L("Left out: %d, %s (the first in row %d)"), by[r], lang.L(string(r)), firstRow(res.Refused, r))
	}
	return text
}

func firstRow(rs []phoneform.Refusal, why phoneform.Reason) int {
	for _, r := range rs {
		if r.Reason == why {
			return r.Row
		}
	}
	return 0
}

// previewLines are the first service points and gaps, as they would land.
func (fi *formImporter) previewLines(res *phoneform.Result) []string {
	var lines []string
	for i := 0; i < len(res.Points) && len(lines) < previewRows; i++ {
		p := &res.Points[i]
		cat := p.Category
		if j := fi.catIndex(cat); j >= 0 {
			cat = fi.cats[j].Name(fi.lang)
		}
		lines = append(lines, strings.Join(nonEmpty(p.Name, cat, mapstyle.StatusName(p.Status, fi.lang), p.Observed, latLonText(p.Location[1], p.Location[0])), " · "))
	}
	for i := 0; i < len(res.Gaps) && len(lines) < previewRows; i++ {
		g := &res.Gaps[i]
		at := g.Geometry.Bound().Center()
		lines = append(lines, strings.Join(nonEmpty(lang.L("Gap")+": "+mapstyle.GapKindName(g.Kind, fi.lang), mapstyle.SeverityName(g.Severity, fi.lang), g.Notes, latLonText(at[1], at[0])), " · "))
	}
	return lines
}

func latLonText(lat, lon float64) string { return fmt.Sprintf("%.5f, %.5f", lat, lon) }

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// alreadyHeld counts the points and gaps of res that project holds.
func alreadyHeld(res *phoneform.Result, project *annot.Set) int {
	if project == nil {
		return 0
	}
	n := 0
	for _, p := range res.Points {
		if _, ok := project.Point(p.ID); ok {
			n++
		}
	}
	for _, g := range res.Gaps {
		if _, ok := project.Gap(g.ID); ok {
			n++
		}
	}
	return n
}
