package app

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/store"
)

// run syncs the open project off the UI goroutine.
func (s *syncPanel) run() {
	p := s.ws.Project()
	area, err := office.ParseArea(s.area.Text)
	if p == nil || err != nil || strings.TrimSpace(s.url.Text) == "" {
		if err == nil {
			err = errNoTarget
		}
		s.end = &syncEnd{err: err}
		s.last.SetText(s.lastWords())
		s.fit()
		return
	}
	cs := strings.TrimSpace(s.url.Text)
	if office.Redact(cs) == cs {
		s.prefs.SetString(prefSyncURL, cs)
	}
	typed, keep := s.password.Text, s.keep.Checked
	s.password.SetText("") // never left in the window
	ctx, stop := context.WithCancel(context.Background())
	s.stop = stop
	s.busy(true)
	go func() {
		res, end := s.syncWith(ctx, p, cs, typed, keep, area)
		var set *annot.Set
		if end.err == nil && res.Pulled > 0 {
			set, end.err = p.Load()
		}
		fyne.Do(func() { s.finish(p, res, set, end) })
	}()
}

// syncWith syncs p with the database at cs, with the password typed or,
// when none is, the one the OS keyring keeps for it (forgotten when the
// server refuses it). A typed password the server takes is kept in the
// keyring when keep is set, and any kept one is forgotten when not. The
// syncEnd says how it ended and what became of the password.
func (s *syncPanel) syncWith(ctx context.Context, p *store.Project, cs, typed string, keep bool, area office.Area) (*office.Result, *syncEnd) {
	pw, saved := typed, false
	if pw == "" && !office.HasPassword(cs) {
		pw, saved = office.SavedPassword(cs)
	}
	conn := cs
	if pw != "" {
		conn = office.WithPassword(cs, pw)
	}
	res, err := office.Sync(ctx, p, conn, area, office.OnProgress(func(pr office.Progress) {
		fyne.Do(func() { s.showProgress(pr) })
	}))
	switch {
	case saved && office.NeedsPassword(err):
		office.ForgetPassword(cs)
		return res, &syncEnd{err: err, kept: passwordForgotten}
	case typed == "" || !office.PasswordAccepted(err):
		return res, &syncEnd{err: err}
	case !keep:
		office.ForgetPassword(cs)
		return res, &syncEnd{err: err}
	}
	if kerr := office.SavePassword(cs, typed); kerr != nil {
		return res, &syncEnd{err: err, kept: passwordNotKept, keepErr: kerr}
	}
	return res, &syncEnd{err: err, kept: passwordKept}
}

// finish shows how a sync ended (see lastWords) and hands pulled
// annotations to the window.
func (s *syncPanel) finish(p *store.Project, res *office.Result, set *annot.Set, end *syncEnd) {
	s.stop()
	if end.err == nil {
		s.setBar(1)
		s.stage.SetText(lang.L("Sync finished."))
		s.previous = &goodSync{at: time.Now(), res: res}
	}
	s.busy(false)
	s.end = end
	s.last.SetText(s.lastWords())
	if end.err == nil && set != nil && s.ws.Project() == p {
		s.onSynced(set)
	}
	s.fit()
	if s.done != nil {
		s.done()
	}
}
