package app

import (
	"fmt"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// showToReview shows how many annotations are marked for review; the
// bulk button shows only when there are some.
func (l *annotList) showToReview(n int) {
	if n == 0 {
		l.toReview.SetText(lang.L("Nothing to review"))
		l.allDone.Hide()
		return
	}
	l.toReview.SetText(fmt.Sprintf(lang.L("%d to review"), n))
	l.allDone.Show()
}

// confirmAcceptAll asks, with the count, before marking every annotation
// reviewed as it is, in one edit that Ctrl+Z undoes.
func (l *annotList) confirmAcceptAll() {
	s := l.ws.Annotations()
	if s == nil {
		return
	}
	c, n := s.AcceptAll()
	if n == 0 {
		return
	}
	msg := fmt.Sprintf(lang.L("Mark all %d reviewed, as they are? Conflicting versions and likely duplicates are all kept. You can undo this with Ctrl+Z."), n)
	dialog.ShowConfirm(lang.L("Mark all reviewed"), msg, func(ok bool) {
		if ok {
			l.edit(c)
		}
	}, l.win)
}
