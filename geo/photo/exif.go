package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"time"
)

// Exif is what Reduce keeps of a photo's EXIF data.
type Exif struct {
	// Orientation is the EXIF orientation, 1 (upright) to 8; 1 when the
	// photo has none or an invalid one.
	Orientation int
	// HasGPS says whether Lat and Lon hold the position the phone saved.
	HasGPS   bool
	Lat, Lon float64
	// Taken is DateTimeOriginal (or DateTime), the phone's local time, at
	// the offset OffsetTimeOriginal gives, else the one the GPS date and
	// time stamp (UTC) tells, else Ulaanbaatar's (+08:00); zero when absent.
	Taken time.Time
}

// EXIF tags read.
const (
	tagOrientation  = 0x0112
	tagDateTime     = 0x0132
	tagExifIFD      = 0x8769
	tagGPSIFD       = 0x8825
	tagDateOriginal = 0x9003
	tagOffsetOrig   = 0x9011
	gpsLatRef       = 1
	gpsLat          = 2
	gpsLonRef       = 3
	gpsLon          = 4
)

// maxEntries bounds the entries read from one IFD of a hostile file.
const maxEntries = 512

var errNoExif = errors.New("no EXIF data")

// ReadExif reads the EXIF data of a JPEG (its APP1 "Exif" segment). A
// photo without EXIF gives the zero Exif with Orientation 1 and no error;
// damaged EXIF is ignored the same way, as phones' own viewers do.
func ReadExif(jpeg []byte) Exif {
	e := Exif{Orientation: 1}
	tiff, err := exifSegment(jpeg)
	if err != nil {
		return e
	}
	t, ok := newTIFF(tiff)
	if !ok {
		return e
	}
	ifd0 := t.ifd(t.u32(4))
	if o, ok := ifd0[tagOrientation].short(t); ok && o >= 1 && o <= 8 {
		e.Orientation = int(o)
	}
	e.Taken = t.taken(ifd0)
	if off, ok := ifd0[tagGPSIFD].long(t); ok {
		e.Lat, e.Lon, e.HasGPS = t.gps(t.ifd(off))
	}
	return e
}

// exifSegment finds the TIFF data of the APP1 Exif segment, walking the
// JPEG's markers up to the image data.
func exifSegment(b []byte) ([]byte, error) {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return nil, errNoExif
	}
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return nil, errNoExif
		}
		marker := b[i+1]
		if marker == 0xFF { // fill byte
			i++
			continue
		}
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			return nil, errNoExif
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return nil, errNoExif
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return seg[6:], nil
		}
		i += 2 + n
	}
	return nil, errNoExif
}
