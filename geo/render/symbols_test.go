package render

import (
	"image/color"
	"testing"
)

// Every symbol is drawn, and the shapes differ where they should: a
// square fills the corner of its box that a circle and a diamond leave
// empty; a warning marker has its exclamation mark in the ring colour.
func TestSymbols(t *testing.T) {
	fill, ring := color.NRGBA{0x02, 0x88, 0xd1, 0xff}, color.NRGBA{0xff, 0xff, 0xff, 0xff}
	var sc spriteCache
	corner := map[Symbol]bool{}
	for _, s := range []Symbol{Circle, Square, Triangle, Diamond, Hexagon, Star, Cross, Warning} {
		sp := sc.get(s, fill, ring, 10, 2)
		if len(sp.pixels) < 100 {
			t.Errorf("%s: only %d pixels", s, len(sp.pixels))
		}
		b := sp.img.Bounds()
		c := b.Dx() / 2
		_, _, _, a := sp.img.At(c-8, c-8).RGBA()
		corner[s] = a > 0x8000
		if s == Warning {
			if r, g, _, _ := sp.img.At(c, c).RGBA(); r>>8 != 0xff || g>>8 != 0xff {
				t.Errorf("the warning marker's centre is not the white mark")
			}
		}
	}
	if !corner[Square] || corner[Circle] || corner[Diamond] {
		t.Errorf("corners filled: %v", corner)
	}
	if sc.get(Square, fill, ring, 10, 2) != sc.get(Square, fill, ring, 10, 2) || sc.get(Square, fill, ring, 10, 2) == sc.get(Circle, fill, ring, 10, 2) {
		t.Error("the sprite cache should key on the symbol")
	}
}
