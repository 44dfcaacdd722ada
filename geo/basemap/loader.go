package basemap

import (
	"sync"
)

// Loader reads tiles in the background for the map window: requests are
// deduplicated, served by two workers, newest first (the view the user
// looks at now), and each tile read is reported to done.
// Safe for concurrent use.
type Loader struct {
	cache *Cache
	done  func(error)
	mu    sync.Mutex
	queue []request
	busy  map[cacheKey]bool
	wake  chan struct{}
	stop  chan struct{}
	once  sync.Once
}

type request struct {
	src Source
	k   Key
}

// maxQueue bounds the requests waiting; older ones are dropped (the view
// has moved on).
const maxQueue = 256

// NewLoader starts a loader filling cache; done is called (from a
// worker) after each tile, with the error of a tile that could not be
// read the first time that tile fails (nil after that).
func NewLoader(cache *Cache, done func(error)) *Loader {
	l := &Loader{cache: cache, done: done, busy: map[cacheKey]bool{}, wake: make(chan struct{}, 1), stop: make(chan struct{})}
	for range 2 {
		go l.work()
	}
	return l
}

// Request asks for a tile of src.
func (l *Loader) Request(src Source, k Key) {
	l.mu.Lock()
	key := cacheKey{src, k}
	if !l.busy[key] {
		l.busy[key] = true
		l.queue = append(l.queue, request{src, k})
		if len(l.queue) > maxQueue {
			for _, r := range l.queue[:len(l.queue)-maxQueue] {
				delete(l.busy, cacheKey{r.src, r.k})
			}
			l.queue = append(l.queue[:0], l.queue[len(l.queue)-maxQueue:]...)
		}
	}
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Close stops the workers; closing again does nothing.
func (l *Loader) Close() { l.once.Do(func() { close(l.stop) }) }

func (l *Loader) work() {
	for {
		l.mu.Lock()
		if len(l.queue) == 0 {
			l.mu.Unlock()
			select {
			case <-l.wake:
				continue
			case <-l.stop:
				return
			}
		}
		r := l.queue[len(l.queue)-1] // newest first
		l.queue = l.queue[:len(l.queue)-1]
		l.mu.Unlock()
		_, err := Read(r.src, l.cache, r.k)
		if te, ok := err.(*TileError); ok && te.Again {
			err = nil // said already
		}
		l.mu.Lock()
		delete(l.busy, cacheKey{r.src, r.k})
		l.mu.Unlock()
		if l.done != nil {
			l.done(err)
		}
		select {
		case <-l.stop:
			return
		default:
		}
	}
}
