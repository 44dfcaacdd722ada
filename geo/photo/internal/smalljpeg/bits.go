package smalljpeg

import "errors"

var (
	errTruncated = errors.New("smalljpeg: the image data ends early")
	errBadCode   = errors.New("smalljpeg: damaged image data (no such Huffman code)")
)

// bits reads the entropy-coded data of a scan (T.81 F.2.2.5): bytes
// without their stuffed zero after 0xFF, most significant bit first. At
// a marker or the end of the data it reads zeros and counts them, so
// that a scan cut short is found by over.
type bits struct {
	data []byte
	pos  int
	acc  uint64 // the next n bits, left aligned
	n    int
	over int // zero bytes read past a marker or the end
}

// fill tops acc up to at least 57 bits.
func (r *bits) fill() {
	for r.n <= 56 {
		var c byte
		switch {
		case r.pos >= len(r.data):
			r.over++
		case r.data[r.pos] != 0xFF:
			c = r.data[r.pos]
			r.pos++
		case r.pos+1 < len(r.data) && r.data[r.pos+1] == 0:
			c = 0xFF
			r.pos += 2
		default: // a marker: stay before it
			r.over++
		}
		r.acc |= uint64(c) << (56 - r.n)
		r.n += 8
	}
}

// short reports whether the bits read so far went past the real data.
func (r *bits) short() bool { return r.n < 8*r.over }

// receive reads s bits (0 to 16) as the signed value they code (T.81
// F.2.2.1, EXTEND). The caller has filled at least s bits.
func (r *bits) receive(s int) int32 {
	if s == 0 {
		return 0
	}
	v := int32(r.acc >> (64 - s))
	r.acc <<= s
	r.n -= s
	if v < 1<<(s-1) {
		v += -1<<s + 1
	}
	return v
}

// decode reads one Huffman-coded value of t (T.81 F.2.2.3). The caller
// has filled at least 16 bits.
func (r *bits) decode(t *huffTable) (byte, error) {
	if e := t.fast[r.acc>>(64-lookBits)]; e != 0 {
		l := int(e >> 8)
		r.acc <<= l
		r.n -= l
		return byte(e), nil
	}
	for l := lookBits + 1; l <= 16; l++ {
		code := int32(r.acc >> (64 - l))
		if code <= t.maxcode[l] {
			r.acc <<= l
			r.n -= l
			return t.vals[code+t.valptr[l]], nil
		}
	}
	return 0, errBadCode
}

// coefficient reads one Huffman-coded run-size (or DC size) of t and
// the value coded in the bits after it (T.81 F.2.2.1, F.2.2.2): through
// t.look in one step when both are short, as most are. The caller has
// filled at least 32 bits.
func (r *bits) coefficient(t *huffTable) (rs byte, v int32, err error) {
	if e := t.look[r.acc>>(64-lookBits)]; e != 0 {
		n := int(e & 31)
		r.acc <<= n
		r.n -= n
		return byte(e >> 8), e >> 16, nil
	}
	if rs, err = r.decode(t); err != nil {
		return 0, 0, err
	}
	return rs, r.receive(int(rs & 15)), nil
}

// restart skips the restart marker RSTm expected after an interval
// (T.81 F.1.2.3), dropping the bits left in the byte before it.
func (r *bits) restart(m int) error {
	r.acc, r.n, r.over = 0, 0, 0
	for r.pos+1 < len(r.data) && r.data[r.pos] == 0xFF && r.data[r.pos+1] == 0xFF {
		r.pos++
	}
	if r.pos+1 >= len(r.data) || r.data[r.pos] != 0xFF || r.data[r.pos+1] != 0xD0+byte(m) {
		return errors.New("smalljpeg: damaged image data (a restart marker missing)")
	}
	r.pos += 2
	return nil
}
