package printmap

import (
	"sync"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/place"
)

// placeCache keeps the described features of each layer; safe for
// concurrent use (an atlas lays out pages on every core). Its zero value
// is empty and ready.
type placeCache struct {
	mu     sync.Mutex
	layers map[*geo.Layer][]place.Khoroo
}

// get returns the layer's descriptions, made by build the first time.
func (c *placeCache) get(l *geo.Layer, build func() []place.Khoroo) []place.Khoroo {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d, ok := c.layers[l]; ok {
		return d
	}
	if c.layers == nil {
		c.layers = map[*geo.Layer][]place.Khoroo{}
	}
	d := build()
	c.layers[l] = d
	return d
}
