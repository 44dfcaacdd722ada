package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// afterFunc runs f once, d from now, on the UI goroutine, unless the
// returned stop is called first; tests swap it for a clock they move by
// hand.
type afterFunc func(d time.Duration, f func()) (stop func() bool)

// afterOnUI is the real clock: f runs through fyne.Do.
func afterOnUI(d time.Duration, f func()) func() bool {
	return time.AfterFunc(d, func() { fyne.Do(f) }).Stop
}

// debouncer runs the last of a burst of calls once the burst has been
// quiet for wait: typing sixty characters draws once, not sixty times.
// Not safe for concurrent use: call it from the UI goroutine.
type debouncer struct {
	wait  time.Duration
	after afterFunc
	stop  func() bool
}

// call runs f after the wait, dropping a call still waiting.
func (b *debouncer) call(f func()) {
	b.cancel()
	b.stop = b.after(b.wait, f)
}

// cancel drops a call still waiting, if any.
func (b *debouncer) cancel() {
	if b.stop != nil {
		b.stop()
		b.stop = nil
	}
}
