package app

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// After a signal to end, the process ends when the grace timer fires,
// not before, whatever the window's thread is doing.
func TestEndAfterTerm(t *testing.T) {
	signals := make(chan os.Signal, 1)
	armed, fire, ended := make(chan struct{}), make(chan time.Time), make(chan struct{})
	go endAfter(signals, func() <-chan time.Time { close(armed); return fire }, func() { close(ended) })
	signals <- syscall.SIGTERM
	<-armed
	select {
	case <-ended:
		t.Fatal("ended before the grace time")
	default:
	}
	fire <- time.Time{}
	<-ended
}
