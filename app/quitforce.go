package app

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// termGrace is how long the window has, after SIGTERM or SIGINT, to close
// in order before the process ends anyway. Fyne's quit on a signal runs on
// the window's thread: a thread stuck laying out a huge text (a dialog
// listing a 100 MB photo name did) never ran it, and the process lived on.
var termGrace = 10 * time.Second

// forceEndAfterTerm ends the process termGrace after the first SIGTERM or
// SIGINT, should Fyne's orderly quit (see EndAtStop) not have ended it by
// then. Every edit is committed as it is made, so only the last view is
// not kept.
func forceEndAfterTerm() {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	go endAfter(signals, func() <-chan time.Time { return time.After(termGrace) }, func() {
		fmt.Fprintf(os.Stderr, "khoroomap: the window did not close within %v of the signal to end; ended without keeping its last view\n", termGrace)
		exit(1)
	})
}

// endAfter waits for a signal, then for the timer it then starts, then
// calls end.
func endAfter(signals <-chan os.Signal, timer func() <-chan time.Time, end func()) {
	<-signals
	<-timer()
	end()
}
