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

// endOnTerm quits in order (quit) at the first SIGTERM or SIGINT, and ends the process termGrace later should
// that not have ended it. It is set before the window runs: Fyne catches
// the signals only once its loop has started, and a signal before that
// ended the process at once, its view not kept (3 quits in 8 under load).
// Every edit is committed as it is made, so an end by the timer loses
// only the last view.
func endOnTerm(quit func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	go endAfter(signals, quit, func() <-chan time.Time { return time.After(termGrace) }, func() {
		fmt.Fprintf(os.Stderr, "khoroomap: the window did not close within %v of the signal to end; ended without keeping its last view\n", termGrace)
		exit(1)
	})
}

// endAfter waits for a signal, calls quit, waits for the timer it then
// starts, and calls end.
func endAfter(signals <-chan os.Signal, quit func(), timer func() <-chan time.Time, end func()) {
	<-signals
	quit()
	<-timer()
	end()
}
