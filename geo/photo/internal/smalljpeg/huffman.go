package smalljpeg

import "fmt"

// lookBits is how many bits the fast table of a Huffman table looks at:
// most codes of a photo's tables are this short or shorter.
const lookBits = 10

// huffTable is a Huffman table (T.81 C) as decoding uses it (F.2.2.3):
// a table indexed by the next lookBits bits for the short codes, and the
// largest code of each length for the longer ones.
type huffTable struct {
	fast [1 << lookBits]uint16 // code length << 8 | value; 0 for a longer code
	// look is fast with the coefficient after the code read too, when
	// both fit in lookBits: value << 16 | run-size << 8 | bits in all.
	look    [1 << lookBits]int32
	maxcode [17]int32 // largest code of each length; -1 for none
	valptr  [17]int32 // value index of a code of each length, less the code
	vals    [256]byte
}

// readHuffman reads DHT (T.81 B.2.4.2): one or more tables.
func (h *header) readHuffman(seg []byte) error {
	for len(seg) > 0 {
		if len(seg) < 17 {
			return fmt.Errorf("%w: Huffman table of %d bytes", errCorrupt, len(seg))
		}
		tc, th := seg[0]>>4, seg[0]&15
		var counts [16]int
		total := 0
		for i := range counts {
			counts[i] = int(seg[1+i])
			total += counts[i]
		}
		if tc > 1 || th > 3 || total == 0 || total > 256 || len(seg) < 17+total {
			return fmt.Errorf("%w: Huffman table %d/%d of %d values in %d bytes", errCorrupt, tc, th, total, len(seg))
		}
		t, err := newHuffTable(counts, seg[17:17+total], tc == 0)
		if err != nil {
			return err
		}
		if tc == 0 {
			h.dc[th] = t
		} else {
			h.ac[th] = t
		}
		seg = seg[17+total:]
	}
	return nil
}

// newHuffTable builds a table from its counts of codes of each length
// and their values (T.81 C.1, C.2), refusing counts that do not make a
// prefix code. dc says it codes DC differences (a value is a size).
func newHuffTable(counts [16]int, vals []byte, dc bool) (*huffTable, error) {
	t := &huffTable{}
	copy(t.vals[:], vals)
	code, k := int32(0), int32(0)
	for l := 1; l <= 16; l++ {
		n := int32(counts[l-1])
		t.maxcode[l] = -1
		if n > 0 {
			t.valptr[l] = k - code
			t.maxcode[l] = code + n - 1
		}
		if code+n > 1<<l {
			return nil, fmt.Errorf("%w: Huffman table has more codes of %d bits than fit", errCorrupt, l)
		}
		for range n {
			if l <= lookBits {
				shift := lookBits - l
				for i := code << shift; i < (code+1)<<shift; i++ {
					t.fast[i] = uint16(l)<<8 | uint16(vals[k])
				}
			}
			code, k = code+1, k+1
		}
		code <<= 1
	}
	t.fillLook(dc)
	return t, nil
}

// fillLook fills look from fast: where a code's value says how many bits
// follow (its low 4 bits; a DC value of more than 11 is damage, left to
// the slow path) and they fit in the lookBits looked at, their value too.
func (t *huffTable) fillLook(dc bool) {
	for i, e := range t.fast {
		l, rs := int(e>>8), byte(e)
		size := int(rs & 15)
		if e == 0 || dc && rs > 11 || l+size > lookBits {
			continue
		}
		v := int32(i>>(lookBits-l-size)) & (1<<size - 1)
		if size > 0 && v < 1<<(size-1) {
			v += -1<<size + 1
		}
		t.look[i] = v<<16 | int32(rs)<<8 | int32(l+size)
	}
}
