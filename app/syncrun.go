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
	if s.password.Text != "" {
		cs = office.WithPassword(cs, s.password.Text)
	}
	s.password.SetText("") // asked each time
	ctx, stop := context.WithCancel(context.Background())
	s.stop = stop
	s.busy(true)
	go func() {
		res, err := office.Sync(ctx, p, cs, area)
		var set *annot.Set
		if err == nil && res.Pulled > 0 {
			set, err = p.Load()
		}
		fyne.Do(func() { s.finish(p, res, set, err) })
	}()
}

// finish shows how a sync ended and hands pulled annotations to the
// window.
func (s *syncPanel) finish(p *store.Project, res *office.Result, set *annot.Set, err error) {
	s.stop()
	s.busy(false)
	switch {
	case errors.Is(err, context.Canceled):
		s.last.SetText(lang.L("Sync cancelled: nothing is lost, the next sync carries on."))
	case office.NeedsPassword(err):
		s.last.SetText(lang.L("The office database wants your password."))
	case err != nil:
		s.last.SetText(fmt.Sprintf(lang.L("Sync failed: %s"), err))
	default:
		s.last.SetText(fmt.Sprintf(lang.L("Last sync %s: %d sent, %d received, %d for review"), time.Now().Format("15:04"),
			res.Pushed, res.Pulled, len(res.Report.Conflicts)+len(res.Report.Duplicates)))
		if set != nil && s.ws.Project() == p {
			s.onSynced(set)
		}
	}
	if s.done != nil {
		s.done()
	}
}
