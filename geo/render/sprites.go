package render

import (
	"encoding/binary"
	"image"
	"image/color"
	"sync"
)

// spriteKey identifies a point symbol.
type spriteKey struct {
	symbol        Symbol
	fill, ring    color.NRGBA
	radius, width float64
}

// spriteCache keeps point symbols; safe for concurrent use.
type spriteCache struct {
	mu sync.Mutex
	m  map[spriteKey]*sprite
}

// sprite is a premultiplied symbol image, also kept as the list of its
// visible pixels: stamping it then touches only those.
type sprite struct {
	img    *image.RGBA
	pixels []spritePixel

	mu     sync.Mutex
	stride int   // the image stride offs was computed for
	offs   []int // byte offset of each pixel from the sprite's corner
}

// offsets returns each visible pixel's byte offset in an image of the given
// stride, computed once per stride. Safe for concurrent use.
func (s *sprite) offsets(stride int) []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stride != stride || s.offs == nil {
		s.offs = make([]int, len(s.pixels))
		for k, p := range s.pixels {
			s.offs[k] = int(p.y)*stride + 4*int(p.x)
		}
		s.stride = stride
	}
	return s.offs
}

// spritePixel is one visible pixel of a sprite: its offset and its
// premultiplied colour packed as in image.RGBA's Pix (R in the low byte).
type spritePixel struct {
	x, y int32
	rgba uint32
}

func newSprite(img *image.RGBA) *sprite {
	s := &sprite{img: img}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.A > 0 {
				packed := uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | uint32(c.A)<<24
				s.pixels = append(s.pixels, spritePixel{int32(x), int32(y), packed})
			}
		}
	}
	return s
}

// get returns a symbol: its shape filled, with a ring around it.
func (c *spriteCache) get(sym Symbol, fill, ring color.NRGBA, radius, width float64) *sprite {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := spriteKey{sym, fill, ring, radius, width}
	if s, ok := c.m[k]; ok {
		return s
	}
	if c.m == nil {
		c.m = map[spriteKey]*sprite{}
	}
	c.m[k] = newSprite(drawSymbol(sym, fill, ring, radius, width))
	return c.m[k]
}

// blitOver composites a sprite onto dst at rect (the sprite's bounds moved
// into place), pixel by visible pixel: what draw.Draw with draw.Over does,
// several times faster for small symbols.
// offs are the sprite's pixel offsets for dst's stride (sprite.offsets).
func blitOver(dst *image.RGBA, sp *sprite, offs []int, rect image.Rectangle) {
	if rect.In(dst.Bounds()) { // the common case: byte offsets, no checks
		base := dst.PixOffset(rect.Min.X, rect.Min.Y)
		pix := dst.Pix[base:]
		for k, off := range offs {
			c := sp.pixels[k].rgba
			d := pix[off : off+4 : off+4]
			if c>>24 != 0xff {
				c = over(c, binary.LittleEndian.Uint32(d))
			}
			binary.LittleEndian.PutUint32(d, c)
		}
		return
	}
	for _, p := range sp.pixels {
		x, y := rect.Min.X+int(p.x), rect.Min.Y+int(p.y)
		if !(image.Point{x, y}).In(dst.Bounds()) {
			continue
		}
		d := dst.Pix[dst.PixOffset(x, y):]
		if p.rgba>>24 == 0xff {
			binary.LittleEndian.PutUint32(d, p.rgba)
			continue
		}
		binary.LittleEndian.PutUint32(d, over(p.rgba, binary.LittleEndian.Uint32(d)))
	}
}

// over composites premultiplied packed src over dst, two channels at a
// time: dst*(255-srcAlpha)/255 + src.
func over(src, dst uint32) uint32 {
	inv := 255 - src>>24
	if inv == 0 {
		return src
	}
	rb := (dst&0x00ff00ff)*inv + 0x00800080
	rb = (rb + (rb>>8)&0x00ff00ff) >> 8 & 0x00ff00ff
	ag := (dst>>8&0x00ff00ff)*inv + 0x00800080
	ag = (ag + (ag>>8)&0x00ff00ff) >> 8 & 0x00ff00ff
	return src + (rb | ag<<8)
}
