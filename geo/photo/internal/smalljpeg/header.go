package smalljpeg

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// component is one colour component of the frame (T.81 B.2.2) and the
// tables its scan uses (B.2.3).
type component struct {
	id     byte
	h, v   int // sampling factors
	tq     int // quantisation table
	td, ta int // DC and AC Huffman tables
}

// header is what the markers before the scan say.
type header struct {
	width, height int
	comps         []component
	hmax, vmax    int
	quant         [4]*[64]uint16 // in zigzag order
	dc, ac        [4]*huffTable
	restart       int  // MCUs between restart markers; 0 for none
	adobeRGB      bool // an Adobe APP14 segment says the colours are not YCbCr
	scan          int  // offset of the entropy-coded data
}

var errCorrupt = errors.New("smalljpeg: damaged JPEG headers")

// unsupported wraps ErrUnsupported with what was found.
func unsupported(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUnsupported}, args...)...)
}

// readHeaders walks the markers from SOI to the first SOS (T.81 B.2).
func readHeaders(b []byte) (*header, error) {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return nil, fmt.Errorf("smalljpeg: not a JPEG file (no SOI marker)")
	}
	h := &header{}
	for i := 2; ; {
		for i+1 < len(b) && b[i] == 0xFF && b[i+1] == 0xFF { // fill bytes
			i++
		}
		if i+4 > len(b) || b[i] != 0xFF {
			return nil, fmt.Errorf("%w: no marker at byte %d", errCorrupt, i)
		}
		m := b[i+1]
		if m == 0xD8 || m == 0xD9 || m == 0x01 || m >= 0xD0 && m <= 0xD7 || m == 0x00 {
			return nil, fmt.Errorf("%w: marker %02X before the image data", errCorrupt, m)
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return nil, fmt.Errorf("%w: segment %02X runs past the end", errCorrupt, m)
		}
		seg := b[i+4 : i+2+n]
		i += 2 + n
		if m == 0xDA {
			h.scan = i
			return h, h.readScan(seg)
		}
		if err := h.segment(m, seg); err != nil {
			return nil, err
		}
	}
}

// segment reads one marker segment before the scan.
func (h *header) segment(m byte, seg []byte) error {
	switch {
	case m == 0xC0 || m == 0xC1:
		return h.readFrame(seg)
	case m == 0xC4:
		return h.readHuffman(seg)
	case m == 0xDB:
		return h.readQuant(seg)
	case m == 0xDD:
		if len(seg) != 2 {
			return fmt.Errorf("%w: DRI of %d bytes", errCorrupt, len(seg))
		}
		h.restart = int(binary.BigEndian.Uint16(seg))
	case m == 0xEE:
		// Adobe APP14: transform 0 means RGB (or CMYK), not YCbCr.
		h.adobeRGB = len(seg) >= 12 && string(seg[:5]) == "Adobe" && seg[11] == 0
	case m >= 0xC2 && m <= 0xCF: // other frames, DAC
		return unsupported("frame type %02X (progressive, lossless or arithmetic)", m)
	}
	return nil
}
