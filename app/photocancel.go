package app

import (
	"context"
	"sync/atomic"
)

// cancelGate decides between Cancel and the write of an import, whichever
// comes first: a Cancel the window has shown was honoured (nothing is
// written), and a write that has begun is not called cancelled. Its
// context is cancelled with it, so that the photos still being read stop.
// Safe for concurrent use.
type cancelGate struct {
	ctx   context.Context
	stop  context.CancelFunc
	state atomic.Int32 // gateOpen, gateCancelled or gateWriting
	// writing, when set, is called from write when the write may begin
	writing func()
}

const (
	gateOpen int32 = iota
	gateCancelled
	gateWriting
)

func newCancelGate() *cancelGate {
	g := &cancelGate{}
	g.ctx, g.stop = context.WithCancel(context.Background())
	return g
}

// cancel stops the import unless its write has begun, and reports whether
// it did.
func (g *cancelGate) cancel() bool {
	if !g.state.CompareAndSwap(gateOpen, gateCancelled) {
		return false
	}
	g.stop()
	return true
}

// write lets the import write unless it was cancelled, and reports
// whether it may; after it, cancel does nothing.
func (g *cancelGate) write() bool {
	if !g.state.CompareAndSwap(gateOpen, gateWriting) {
		return false
	}
	if g.writing != nil {
		g.writing()
	}
	return true
}

// cancelled reports whether cancel stopped the import.
func (g *cancelGate) cancelled() bool { return g.state.Load() == gateCancelled }

// done frees the gate's context once the import has ended.
func (g *cancelGate) done() { g.stop() }
