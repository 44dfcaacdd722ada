package photo

import (
	"encoding/binary"
	"math"
	"strings"
)

// tiff is EXIF's TIFF structure: a byte order and offsets from its start.
type tiff struct {
	b     []byte
	order binary.ByteOrder
}

func newTIFF(b []byte) (*tiff, bool) {
	if len(b) < 8 {
		return nil, false
	}
	t := &tiff{b: b}
	switch string(b[:2]) {
	case "II":
		t.order = binary.LittleEndian
	case "MM":
		t.order = binary.BigEndian
	default:
		return nil, false
	}
	return t, t.u16(2) == 42
}

func (t *tiff) u16(off uint32) uint16 {
	if uint64(off)+2 > uint64(len(t.b)) {
		return 0
	}
	return t.order.Uint16(t.b[off:])
}

func (t *tiff) u32(off uint32) uint32 {
	if uint64(off)+4 > uint64(len(t.b)) {
		return 0
	}
	return t.order.Uint32(t.b[off:])
}

// entry is one IFD entry: its type, count and the offset of its value
// (inside the entry when the value fits in four bytes).
type entry struct {
	typ   uint16
	count uint32
	at    uint32
}

// typeSize is the byte size of each TIFF type used here.
var typeSize = map[uint16]uint32{1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8}

// ifd reads the entries of the IFD at off, by tag; an offset outside the
// data gives none.
func (t *tiff) ifd(off uint32) map[uint16]entry {
	out := map[uint16]entry{}
	if off < 8 || uint64(off)+2 > uint64(len(t.b)) {
		return out
	}
	n := min(uint32(t.u16(off)), maxEntries)
	for i := uint32(0); i < n; i++ {
		p := off + 2 + 12*i
		if uint64(p)+12 > uint64(len(t.b)) {
			break
		}
		e := entry{typ: t.u16(p + 2), count: t.u32(p + 4), at: p + 8}
		size, ok := typeSize[e.typ]
		if !ok || e.count > uint32(len(t.b)) {
			continue
		}
		if size*e.count > 4 {
			e.at = t.u32(p + 8)
		}
		if uint64(e.at)+uint64(size)*uint64(e.count) > uint64(len(t.b)) {
			continue
		}
		out[t.u16(p)] = e
	}
	return out
}

func (e entry) short(t *tiff) (uint16, bool) {
	if e.typ != 3 || e.count < 1 {
		return 0, false
	}
	return t.u16(e.at), true
}

func (e entry) long(t *tiff) (uint32, bool) {
	if e.typ != 4 || e.count < 1 {
		return 0, false
	}
	return t.u32(e.at), true
}

func (e entry) ascii(t *tiff) string {
	if e.typ != 2 || e.count == 0 {
		return ""
	}
	return strings.TrimRight(string(t.b[e.at:e.at+e.count]), "\x00 ")
}

// rationals reads n unsigned rationals; a zero denominator makes it fail.
func (e entry) rationals(t *tiff, n int) ([]float64, bool) {
	if e.typ != 5 || e.count < uint32(n) {
		return nil, false
	}
	out := make([]float64, n)
	for i := range out {
		num, den := t.u32(e.at+8*uint32(i)), t.u32(e.at+8*uint32(i)+4)
		if den == 0 {
			return nil, false
		}
		out[i] = float64(num) / float64(den)
	}
	return out, true
}

// gps reads the position of a GPS IFD: degrees, minutes and seconds as
// rationals and N/S, E/W references. Altitude is ignored.
func (t *tiff) gps(ifd map[uint16]entry) (lat, lon float64, ok bool) {
	la, ok1 := ifd[gpsLat].rationals(t, 3)
	lo, ok2 := ifd[gpsLon].rationals(t, 3)
	latRef, lonRef := ifd[gpsLatRef].ascii(t), ifd[gpsLonRef].ascii(t)
	if !ok1 || !ok2 || (latRef != "N" && latRef != "S") || (lonRef != "E" && lonRef != "W") {
		return 0, 0, false
	}
	lat, lon = la[0]+la[1]/60+la[2]/3600, lo[0]+lo[1]/60+lo[2]/3600
	if latRef == "S" {
		lat = -lat
	}
	if lonRef == "W" {
		lon = -lon
	}
	if math.IsNaN(lat+lon) || lat > 90 || lon > 180 || (lat == 0 && lon == 0) {
		return 0, 0, false
	}
	return lat, lon, true
}
