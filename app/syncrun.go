package app

import (
	"context"
	"errors"
	"fmt"
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
			err = errors.New(lang.L("Open a project and give the office database's address."))
		}
		s.last.SetText(err.Error())
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
		res, kept, err := s.syncWith(ctx, p, cs, typed, keep, area)
		var set *annot.Set
		if err == nil && res.Pulled > 0 {
			set, err = p.Load()
		}
		fyne.Do(func() { s.finish(p, res, set, err, kept) })
	}()
}

// syncWith syncs p with the database at cs, with the password typed or,
// when none is, the one the OS keyring keeps for it (forgotten when the
// server refuses it). A typed password the server takes is kept in the
// keyring when keep is set, and any kept one is forgotten when not. kept
// says what became of it, for the result line.
func (s *syncPanel) syncWith(ctx context.Context, p *store.Project, cs, typed string, keep bool, area office.Area) (*office.Result, string, error) {
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
		return res, lang.L("The password kept on this computer was refused and is forgotten."), err
	case typed == "" || !office.PasswordAccepted(err):
		return res, "", err
	case !keep:
		office.ForgetPassword(cs)
		return res, "", err
	}
	if kerr := office.SavePassword(cs, typed); kerr != nil {
		return res, fmt.Sprintf(lang.L("The password is not kept: %s"), kerr), err
	}
	return res, lang.L("The password is kept in this computer's keyring."), err
}

// finish shows how a sync ended, with the last good result under a
// cancelled or failed one, and what became of the password, and hands
// pulled annotations to the window.
func (s *syncPanel) finish(p *store.Project, res *office.Result, set *annot.Set, err error, kept string) {
	s.stop()
	if err == nil {
		s.setBar(1)
		s.stage.SetText(lang.L("Sync finished."))
	}
	s.busy(false)
	if err == nil {
		s.previous = fmt.Sprintf(lang.L("Last sync %s: %d sent, %d received, %d for review"), time.Now().Format("15:04"),
			res.Pushed, res.Pulled, len(res.Report.Conflicts)+len(res.Report.Duplicates)) + "\n" +
			fmt.Sprintf(lang.L("Photos: %d sent, %d received"), res.PhotosSent, res.PhotosReceived) + unsentLines(res.Unsent)
		s.last.SetText(s.previous)
		if set != nil && s.ws.Project() == p {
			s.onSynced(set)
		}
	} else {
		s.last.SetText(s.failure(err))
	}
	if kept != "" {
		s.last.SetText(s.last.Text + "\n" + kept)
	}
	s.fit()
	if s.done != nil {
		s.done()
	}
}

// failure says why a sync did not end well, and what the last one did.
func (s *syncPanel) failure(err error) string {
	var msg string
	switch {
	case errors.Is(err, context.Canceled):
		msg = lang.L("Sync cancelled: nothing is lost, the next sync carries on.")
	case office.NeedsPassword(err):
		msg = lang.L("The office database wants your password.")
	default:
		msg = fmt.Sprintf(lang.L("Sync failed: %s"), err)
	}
	if s.previous == "" {
		return msg
	}
	return msg + "\n" + s.previous
}
