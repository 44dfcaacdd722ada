package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// participantLines are the report's first part: a line per copy (the
// first, the open project, is the base the others are merged into),
// naming who made its annotations, with the file's name (without its
// extension), what came in and the conflicts and likely duplicates it
// brought. Each of those marks two or more annotations for review, so
// the lines do not add up to the total of annotations to review, which
// the Annotations tab counts too: the two figures are named apart.
func participantLines(sum *store.MergeSummary) []string {
	var out []string
	for i, in := range sum.Inputs {
		r := in.Report
		who := strings.Join(in.Authors, ", ")
		if who == "" {
			who = lang.L("no name recorded")
		}
		name := strings.TrimSuffix(filepath.Base(in.File), filepath.Ext(in.File))
		if i == 0 {
			out = append(out, fmt.Sprintf(lang.L("%s (%s): the open project, the others are merged into it"), who, name))
			continue
		}
		out = append(out, fmt.Sprintf(lang.L("%s (%s): %d added, %d updated, %d deleted; conflicts or likely duplicates: %d"),
			who, name, len(r.Added), len(r.Updated), len(r.Deleted), r.ToReview()))
	}
	return out
}

// mergeDetails lists every annotation a merge touched, by outcome; label
// names one by its ID as the window does ("" for one no longer there: the
// report's own label then).
func mergeDetails(r *annot.MergeReport, label func(id string) string) string {
	var b strings.Builder
	section := func(title string, es []annot.MergeEntry) {
		fmt.Fprintf(&b, "%s: %d\n", title, len(es))
		for _, e := range es {
			name := label(e.ID)
			if name == "" {
				name = e.Label
			}
			fmt.Fprintf(&b, "  • %s", name)
			if e.Author != "" {
				fmt.Fprintf(&b, " (%s)", e.Author)
			}
			b.WriteByte('\n')
		}
	}
	section(lang.L("Added"), r.Added)
	section(lang.L("Updated"), r.Updated)
	section(lang.L("Deleted"), r.Deleted)
	section(lang.L("Conflicts kept for review"), r.Conflicts)
	section(lang.L("Likely duplicates flagged for review"), r.Duplicates)
	return b.String()
}

// showMergeReport shows what a merge did, in the window's language: a
// line per participant, then every annotation by outcome.
func (ui *UI) showMergeReport(sum *store.MergeSummary) {
	var b strings.Builder
	fmt.Fprintf(&b, lang.L("%d copies merged; %d annotations to review in all")+"\n\n", len(sum.Inputs)-1, len(sum.NeedsReview))
	if len(sum.Refused) > 0 {
		b.WriteString(refusedList(lang.L("Not merged: these copies could not be read"), sum.Refused) + "\n")
	}
	for _, l := range participantLines(sum) {
		b.WriteString(l + "\n")
	}
	s, code := ui.ws.Annotations(), langCode(ui.app)
	b.WriteString("\n" + mergeDetails(sum.Total(), func(id string) string { return annotLabel(s, id, code) }))
	if len(sum.LeftOut) > 0 { // rows at no longitude/latitude, photos an import would refuse
		b.WriteString("\n" + lang.L("Left out of the merged file") + ":\n" + leftOutText(sum.LeftOut))
	}
	text := widget.NewLabel(b.String())
	text.Wrapping = fyne.TextWrapWord
	text.Selectable = true
	hint := widget.NewLabel(lang.L("The Annotations tab lists what is to review; select one to decide on it."))
	hint.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Merged"), lang.L("Close"), container.NewBorder(nil, hint, nil, nil, container.NewVScroll(text)), ui.win)
	d.Resize(fyne.NewSize(640, 480))
	if len(sum.NeedsReview) > 0 { // the Annotations tab then lists what is to review
		d.SetOnClosed(func() { ui.list.review.SetChecked(true) })
	}
	d.Show()
}
