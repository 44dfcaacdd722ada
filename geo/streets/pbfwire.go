package streets

import "encoding/binary"

// pbfWalk calls fn with each field of a protobuf message: its number,
// its varint value (wire type 0) or its bytes (wire type 2). It reports
// false when the message is damaged or uses another wire type than
// 0, 1, 2 or 5.
func pbfWalk(msg []byte, fn func(num uint64, v uint64, b []byte)) bool {
	for len(msg) > 0 {
		tag, n := binary.Uvarint(msg)
		if n <= 0 {
			return false
		}
		msg = msg[n:]
		switch tag & 7 {
		case 0:
			v, n := binary.Uvarint(msg)
			if n <= 0 {
				return false
			}
			fn(tag>>3, v, nil)
			msg = msg[n:]
		case 1, 5:
			w := 8
			if tag&7 == 5 {
				w = 4
			}
			if len(msg) < w {
				return false
			}
			msg = msg[w:]
		case 2:
			l, n := binary.Uvarint(msg)
			if n <= 0 || l > uint64(len(msg)-n) {
				return false
			}
			fn(tag>>3, 0, msg[n:n+int(l)])
			msg = msg[n+int(l):]
		default:
			return false
		}
	}
	return true
}

// pbfField is the bytes of field num (the last one when repeated).
func pbfField(msg []byte, num uint64) (b []byte, ok bool) {
	good := pbfWalk(msg, func(n, _ uint64, v []byte) {
		if n == num && v != nil {
			b, ok = v, true
		}
	})
	return b, ok && good
}

// pbfVarint is the varint value of field num (0 when absent); ok is
// false only when the message is damaged.
func pbfVarint(msg []byte, num uint64) (v uint64, ok bool) {
	ok = pbfWalk(msg, func(n, x uint64, b []byte) {
		if n == num && b == nil {
			v = x
		}
	})
	return v, ok
}

// packed is a repeated varint field of a message, gathered from its
// packed form (one run of bytes) or its plain form (one field per value),
// both of which the format allows; it is then read value by value. A
// value read past the end, or a damaged one, sets bad and reads as 0.
type packed struct {
	b     []byte
	owned bool // b is a copy, not a part of the message, and may grow
	bad   bool
}

// add takes one occurrence of the field, as pbfWalk hands it on.
func (p *packed) add(v uint64, b []byte) {
	switch {
	case b != nil && p.b == nil:
		p.b = b
		return
	case !p.owned:
		p.b, p.owned = append([]byte(nil), p.b...), true
	}
	if b == nil {
		p.b = binary.AppendUvarint(p.b, v)
	} else {
		p.b = append(p.b, b...)
	}
}

// more reports whether values are left.
func (p *packed) more() bool { return len(p.b) > 0 }

// count is the number of values left.
func (p *packed) count() int {
	n := 0
	for _, c := range p.b {
		if c < 0x80 {
			n++
		}
	}
	return n
}

// uint is the next value.
func (p *packed) uint() uint64 {
	v, n := binary.Uvarint(p.b)
	if n <= 0 {
		p.b, p.bad = nil, true
		return 0
	}
	p.b = p.b[n:]
	return v
}

// sint is the next value, zigzag-encoded (sint32, sint64).
func (p *packed) sint() int64 {
	u := p.uint()
	return int64(u>>1) ^ -int64(u&1)
}
