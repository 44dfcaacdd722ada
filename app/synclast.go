package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/office"
)

// errNoTarget is a sync asked for without a project or an address.
var errNoTarget = errors.New("no project or no address")

// keptPassword is what a sync did with the password, for the result
// line: a keyring's refusal to keep it is in err.
type keptPassword int

const (
	passwordAsBefore  keptPassword = iota
	passwordForgotten              // the kept one was refused
	passwordNotKept                // the keyring would not keep it
	passwordKept
)

// syncEnd is how the last sync ended, kept as its result and codes, not
// sentences, so the panel words it again in the language chosen after.
type syncEnd struct {
	err     error // nil when it ended well
	kept    keptPassword
	keepErr error // why the keyring would not keep the password
}

// goodSync is the last sync that ended well, and when.
type goodSync struct {
	at  time.Time
	res *office.Result
}

// words says what a good sync did: annotations, photos, the phone
// forms' mappings when any moved or were refused, photos left on the
// laptop and photos of the server not taken, each on its annotation as
// name words it.
func (g *goodSync) words(name func(id, label string) string) string {
	r := g.res
	out := fmt.Sprintf(lang.L("Last sync %s: %d sent, %d received, %d for review"), g.at.Format("15:04"),
		r.Pushed, r.Pulled, len(r.Report.Conflicts)+len(r.Report.Duplicates)) + "\n" +
		fmt.Sprintf(lang.L("Photos: %d sent, %d received"), r.PhotosSent, r.PhotosReceived)
	if r.MappingsSent+r.MappingsReceived > 0 {
		out += "\n" + fmt.Sprintf(lang.L("Phone form mappings: %d sent, %d received"), r.MappingsSent, r.MappingsReceived)
	}
	if n := len(r.MappingsRefused); n > 0 {
		out += "\n" + fmt.Sprintf(lang.L("%d phone form mappings from the office database were not taken: too large or damaged."), n)
	}
	return out + unsentLines(r.Unsent, name) + refusedLines(r.Refused, name)
}

// lastWords is the panel's result line in the language now chosen: the
// last sync's end, the last good result under a failed one, and what
// became of the password.
func (s *syncPanel) lastWords() string {
	if s.end == nil {
		return ""
	}
	var msg string
	if s.end.err == nil {
		msg = s.previous.words(s.annotName)
	} else {
		msg = s.failure(s.end.err)
	}
	switch s.end.kept {
	case passwordForgotten:
		msg += "\n" + lang.L("The password kept on this computer was refused and is forgotten.")
	case passwordNotKept:
		msg += "\n" + fmt.Sprintf(lang.L("The password is not kept: %s"), s.end.keepErr)
	case passwordKept:
		msg += "\n" + lang.L("The password is kept in this computer's keyring.")
	}
	return msg
}

// failure says why a sync did not end well, and what the last good one
// did.
func (s *syncPanel) failure(err error) string {
	var msg string
	switch {
	case errors.Is(err, errNoTarget):
		msg = lang.L("Open a project and give the office database's address.")
	case errors.Is(err, context.Canceled):
		msg = lang.L("Sync cancelled: nothing is lost, the next sync carries on.")
	case office.NeedsPassword(err):
		msg = lang.L("The office database wants your password.")
	default:
		msg = fmt.Sprintf(lang.L("Sync failed: %s"), errorText(err))
	}
	if s.previous == nil {
		return msg
	}
	return msg + "\n" + s.previous.words(s.annotName)
}
