package app

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// A signal to end quits at once; the process ends when the grace timer
// fires, not before, whatever the window's thread is doing.
func TestEndAfterTerm(t *testing.T) {
	signals := make(chan os.Signal, 1)
	quit, armed, fire, ended := make(chan struct{}), make(chan struct{}), make(chan time.Time), make(chan struct{})
	go endAfter(signals, func() { close(quit) }, func() <-chan time.Time { close(armed); return fire }, func() { close(ended) })
	select {
	case <-quit:
		t.Fatal("quit before a signal")
	default:
	}
	signals <- syscall.SIGTERM
	<-quit
	<-armed
	select {
	case <-ended:
		t.Fatal("ended before the grace time")
	default:
	}
	fire <- time.Time{}
	<-ended
}
