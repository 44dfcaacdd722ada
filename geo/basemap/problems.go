package basemap

import (
	"fmt"
	"sync"
)

// tileProblems remembers which tiles of a source could not be read, so
// each is reported once. Safe for concurrent use.
type tileProblems struct {
	mu    sync.Mutex
	seen  map[Key]bool
	first *TileError
	count int
}

// maxRemembered bounds the tiles remembered as broken; past it, tiles
// are counted but may be reported again.
const maxRemembered = 4096

// add notes a broken tile and reports whether it is new.
func (p *tileProblems) add(e *TileError) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen[e.Key] {
		return false
	}
	if p.seen == nil {
		p.seen = map[Key]bool{}
	}
	if len(p.seen) < maxRemembered {
		p.seen[e.Key] = true
	}
	if p.first == nil {
		p.first = e
	}
	p.count++
	return true
}

// problemLog is implemented by the sources of this package.
type problemLog interface{ problems() *tileProblems }

func (m *MBTiles) problems() *tileProblems { return &m.broken }
func (f *Folder) problems() *tileProblems  { return &f.broken }
func (o *Online) problems() *tileProblems  { return &o.broken }

// note records a broken tile of src and reports whether it is new (always
// true for sources that keep no record).
func note(src Source, e *TileError) bool {
	if l, ok := src.(problemLog); ok {
		return l.problems().add(e)
	}
	return true
}

// Problems sums up, in one line, the tiles of src that could not be read
// since it was opened (they were left out and the rest drawn): the first
// one with its problem, and how many more. It is nil when there were
// none.
func Problems(src Source) error {
	l, ok := src.(problemLog)
	if !ok {
		return nil
	}
	p := l.problems()
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.count == 0:
		return nil
	case p.count == 1:
		return fmt.Errorf("%w; it was left out", p.first)
	}
	return fmt.Errorf("%w; it and %d more tiles were left out", p.first, p.count-1)
}
