package app

import (
	"sort"
	"testing"
	"time"
)

// fakeClock is an afterFunc moved by hand: advance runs what is due.
type fakeClock struct {
	now    time.Duration
	timers []*fakeTimer
}

type fakeTimer struct {
	at      time.Duration
	f       func()
	stopped bool
}

func (c *fakeClock) after(d time.Duration, f func()) func() bool {
	t := &fakeTimer{at: c.now + d, f: f}
	c.timers = append(c.timers, t)
	return func() bool { was := !t.stopped; t.stopped = true; return was }
}

// advance moves the clock by d and runs the timers due, in order.
func (c *fakeClock) advance(d time.Duration) {
	c.now += d
	sort.SliceStable(c.timers, func(i, j int) bool { return c.timers[i].at < c.timers[j].at })
	var left []*fakeTimer
	for _, t := range c.timers {
		switch {
		case t.stopped:
		case t.at <= c.now:
			t.stopped = true
			t.f()
		default:
			left = append(left, t)
		}
	}
	c.timers = left
}

// A burst of calls runs once, the wait after the last; calls apart run
// each.
func TestDebouncer(t *testing.T) {
	clock := &fakeClock{}
	b := debouncer{wait: 300 * time.Millisecond, after: clock.after}
	runs := 0
	for range 60 {
		b.call(func() { runs++ })
		clock.advance(100 * time.Millisecond) // a fast typist
	}
	if runs != 0 {
		t.Fatalf("%d runs during the burst", runs)
	}
	clock.advance(200 * time.Millisecond)
	if runs != 1 {
		t.Fatalf("%d runs after the burst, want 1", runs)
	}
	b.call(func() { runs++ })
	clock.advance(time.Second)
	b.call(func() { runs++ })
	b.cancel()
	clock.advance(time.Second)
	if runs != 2 {
		t.Errorf("%d runs, want 2", runs)
	}
}
