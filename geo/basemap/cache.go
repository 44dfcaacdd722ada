package basemap

import (
	"container/list"
	"image"
	"sync"
)

// Cache keeps decoded tiles up to a size in bytes, dropping the least
// recently used. Safe for concurrent use.
type Cache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	order *list.List // front: most recently used
	items map[cacheKey]*list.Element
}

type cacheKey struct {
	src Source
	k   Key
}

type cacheEntry struct {
	key  cacheKey
	img  image.Image // nil: the source has no tile there
	size int64
}

// NewCache makes a cache of about mb megabytes of decoded tiles.
func NewCache(mb int) *Cache {
	return &Cache{max: int64(mb) << 20, order: list.New(), items: map[cacheKey]*list.Element{}}
}

// Get returns a tile and whether the cache knows it (a nil image means the
// source has none there).
func (c *Cache) Get(src Source, k Key) (image.Image, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[cacheKey{src, k}]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry).img, true
}

// Put keeps a tile (nil for "none there").
func (c *Cache) Put(src Source, k Key, img image.Image) {
	size := int64(64)
	if img != nil {
		b := img.Bounds()
		size += int64(b.Dx() * b.Dy() * 4)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	key := cacheKey{src, k}
	if e, ok := c.items[key]; ok {
		c.size -= e.Value.(*cacheEntry).size
		c.order.Remove(e)
	}
	c.items[key] = c.order.PushFront(&cacheEntry{key: key, img: img, size: size})
	c.size += size
	for c.size > c.max && c.order.Len() > 1 {
		last := c.order.Back()
		ent := last.Value.(*cacheEntry)
		c.order.Remove(last)
		delete(c.items, ent.key)
		c.size -= ent.size
	}
}

// Size is the bytes held now.
func (c *Cache) Size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}

// Forget drops every tile of a source (when it is closed).
func (c *Cache) Forget(src Source) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, e := range c.items {
		if k.src == src {
			c.size -= e.Value.(*cacheEntry).size
			c.order.Remove(e)
			delete(c.items, k)
		}
	}
}
