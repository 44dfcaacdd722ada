package render

import (
	"image"
	"image/color"
	"sync"
)

// spriteKey identifies a point symbol.
type spriteKey struct {
	fill, ring    color.NRGBA
	radius, width float64
}

// spriteCache keeps point symbols; safe for concurrent use.
type spriteCache struct {
	mu sync.Mutex
	m  map[spriteKey]*sprite
}

// sprite is a premultiplied symbol image with, for each row, the span of
// fully opaque pixels that can be copied instead of blended.
type sprite struct {
	img    *image.RGBA
	opaque [][2]int // per row: [from, to) in pixels
}

func newSprite(img *image.RGBA) *sprite {
	s := &sprite{img: img}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		from, to := 0, 0
		for x := b.Min.X; x < b.Max.X; x++ {
			if img.RGBAAt(x, y).A == 255 {
				if to != x {
					from = x
				}
				to = x + 1
				if to-from > 0 && x+1 < b.Max.X && img.RGBAAt(x+1, y).A != 255 {
					break
				}
			}
		}
		s.opaque = append(s.opaque, [2]int{from, to})
	}
	return s
}

// get returns a round symbol: a disc of fill with a ring around it.
func (c *spriteCache) get(fill, ring color.NRGBA, radius, width float64) *sprite {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := spriteKey{fill, ring, radius, width}
	if s, ok := c.m[k]; ok {
		return s
	}
	if c.m == nil {
		c.m = map[spriteKey]*sprite{}
	}
	size := int(2*(radius+width)) + 3
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	cx, cy := float64(size)/2, float64(size)/2
	outer := newPainter(img, 2)
	outer.ring(circle(cx, cy, radius+width/2, 32))
	outer.flush(ring)
	inner := newPainter(img, 2)
	inner.ring(circle(cx, cy, radius-width/2, 32))
	inner.flush(fill)
	c.m[k] = newSprite(img)
	return c.m[k]
}
