package smalljpeg

// entropy writes the entropy-coded data of a test scan (T.81 F.1.2).
type entropy struct {
	codes [2][2]map[byte]code
	out   []byte
	acc   uint32 // bits not yet written, at the bottom
	n     int
	pred  [3]int
}

// scan codes every MCU of the component planes, chroma subsampled by
// the luma's factors, edges repeated to whole MCUs.
func (e *entropy) scan(planes [][][]float64, w, h int, l layout) {
	mcux, mcuy := (w+8*l.h-1)/(8*l.h), (h+8*l.v-1)/(8*l.v)
	for i := range mcux * mcuy {
		mx, my := i%mcux, i/mcux
		for c, p := range planes {
			sh, sv := 1, 1
			if c == 0 {
				sh, sv = l.h, l.v
			}
			for by := range sv {
				for bx := range sh {
					e.block(c, sample(p, (mx*sh+bx)*8, (my*sv+by)*8, l.h/sh, l.v/sv, w, h))
				}
			}
		}
		if l.restart > 0 && (i+1)%l.restart == 0 && i+1 < mcux*mcuy {
			e.flush()
			e.out = append(e.out, 0xFF, byte(0xD0+(i/l.restart)%8))
			e.pred = [3]int{}
		}
	}
	e.flush()
}

// sample is the 8x8 block at (x0, y0) of a plane subsampled by fx, fy
// (each sample the mean of fx x fy pixels), edges repeated.
func sample(p [][]float64, x0, y0, fx, fy, w, h int) *[64]float64 {
	var s [64]float64
	for i := range s {
		var sum float64
		for dy := range fy {
			for dx := range fx {
				x, y := min(((x0+i%8)*fx+dx), w-1), min(((y0+i/8)*fy+dy), h-1)
				sum += p[y][x]
			}
		}
		s[i] = sum / float64(fx*fy)
	}
	return &s
}

// block codes one block of component c: DC difference, then AC runs.
func (e *entropy) block(c int, s *[64]float64) {
	f, q, t := fdct(s), testQuant(min(c, 1)), min(c, 1)
	var z [64]int
	for k, n := range zigzag {
		v := f[n] / float64(q[n])
		if v < 0 {
			z[k] = -int(-v + 0.5)
		} else {
			z[k] = int(v + 0.5)
		}
	}
	diff := z[0] - e.pred[c]
	e.pred[c] = z[0]
	e.value(e.codes[t][0], 0, diff)
	run := 0
	for k := 1; k < 64; k++ {
		if z[k] == 0 {
			run++
			continue
		}
		for ; run >= 16; run -= 16 {
			e.put(e.codes[t][1][0xF0])
		}
		e.value(e.codes[t][1], run, z[k])
		run = 0
	}
	if run > 0 {
		e.put(e.codes[t][1][0x00])
	}
}

// value writes the code of (run, size of v) and v's bits (F.1.2.1).
func (e *entropy) value(codes map[byte]code, run, v int) {
	size, bits := 0, v
	for a := max(v, -v); a > 0; a >>= 1 {
		size++
	}
	if v < 0 {
		bits = v + 1<<size - 1
	}
	e.put(codes[byte(run<<4|size)])
	e.put(code{bits, size})
}

// put appends the bits of c, stuffing a zero after each 0xFF byte.
func (e *entropy) put(c code) {
	e.acc, e.n = e.acc<<c.n|uint32(c.bits&(1<<c.n-1)), e.n+c.n
	for e.n >= 8 {
		b := byte(e.acc >> (e.n - 8))
		e.out = append(e.out, b)
		if b == 0xFF {
			e.out = append(e.out, 0)
		}
		e.n -= 8
	}
}

// flush pads the last byte with 1 bits.
func (e *entropy) flush() {
	if e.n > 0 {
		e.put(code{1<<(8-e.n) - 1, 8 - e.n})
	}
}
