// Package phototest makes phone-style JPEG photos for tests, as
// net/http/httptest makes servers: a picture with EXIF written the way
// Android phones (Intel byte order, seconds in ten-thousandths) and
// iPhones (Motorola byte order, hundredths, a time-zone offset) write it.
package phototest

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"time"
)

// Style is a phone's way of writing EXIF.
type Style int

// The phone styles.
const (
	Android Style = iota
	IPhone
)

// Tags is the EXIF a test photo carries. Zero values are left out.
type Tags struct {
	Style       Style
	Orientation int
	// GPS says whether Lat and Lon are written.
	GPS      bool
	Lat, Lon float64
	Taken    time.Time
	// GPSTime, with GPS, is written as the GPS date and time stamp (in
	// UTC), as Android phones write the time of the fix.
	GPSTime time.Time
}

// Quadrants returns a w x h picture whose quarters are red (top left),
// green (top right), blue (bottom left) and yellow (bottom right).
func Quadrants(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	cols := [2][2]color.NRGBA{{{255, 0, 0, 255}, {0, 255, 0, 255}}, {{0, 0, 255, 255}, {255, 255, 0, 255}}}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetNRGBA(x, y, cols[y*2/h][x*2/w])
		}
	}
	return img
}

// JPEG encodes img with the EXIF of t in an APP1 segment after SOI.
func JPEG(img image.Image, t Tags) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		panic(err)
	}
	b := buf.Bytes()
	app1 := append([]byte("Exif\x00\x00"), TIFF(t)...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(app1)+2))
	out := append([]byte{}, b[:2]...)
	out = append(append(out, seg...), app1...)
	return append(out, b[2:]...)
}

// field is one IFD entry to write.
type field struct {
	tag, typ uint16
	count    uint32
	data     []byte
}

// TIFF returns the EXIF TIFF structure of t.
func TIFF(t Tags) []byte {
	var order byteOrder = binary.LittleEndian
	head := []byte("II*\x00\x08\x00\x00\x00")
	if t.Style == IPhone {
		order, head = binary.BigEndian, []byte("MM\x00*\x00\x00\x00\x08")
	}
	w := &writer{order: order, buf: head}
	var ifd0, exif, gps []field
	if t.Orientation != 0 {
		ifd0 = append(ifd0, w.short(0x0112, uint16(t.Orientation)))
	}
	ifd0 = append(ifd0, w.ascii(0x010F, map[Style]string{Android: "samsung", IPhone: "Apple"}[t.Style]))
	if !t.Taken.IsZero() {
		exif = append(exif, w.ascii(0x9003, t.Taken.Format("2006:01:02 15:04:05")))
		if t.Style == IPhone {
			exif = append(exif, w.ascii(0x9011, t.Taken.Format("-07:00")))
		}
	}
	if t.GPS {
		gps = w.gps(t)
	}
	w.write(ifd0, exif, gps)
	return w.buf
}

// byteOrder puts and appends.
type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

type writer struct {
	order byteOrder
	buf   []byte
}

func (w *writer) short(tag, v uint16) field {
	b := make([]byte, 2)
	w.order.PutUint16(b, v)
	return field{tag, 3, 1, b}
}

func (w *writer) ascii(tag uint16, s string) field {
	return field{tag, 2, uint32(len(s) + 1), append([]byte(s), 0)}
}

func (w *writer) rationals(tag uint16, vs ...[2]uint32) field {
	var b []byte
	for _, v := range vs {
		b = w.order.AppendUint32(b, v[0])
		b = w.order.AppendUint32(b, v[1])
	}
	return field{tag, 5, uint32(len(vs)), b}
}

// gps writes degrees, minutes and seconds: Android as whole degrees and
// minutes and seconds in ten-thousandths, iPhone as hundredths of seconds.
func (w *writer) gps(t Tags) []field {
	ref := func(v float64, pos, neg string) field {
		if v < 0 {
			return w.ascii(0, neg)
		}
		return w.ascii(0, pos)
	}
	den := map[Style]float64{Android: 10000, IPhone: 100}[t.Style]
	dms := func(tag uint16, v float64) field {
		v = math.Abs(v)
		d := math.Floor(v)
		m := math.Floor((v - d) * 60)
		s := ((v-d)*60 - m) * 60
		return w.rationals(tag, [2]uint32{uint32(d), 1}, [2]uint32{uint32(m), 1}, [2]uint32{uint32(math.Round(s * den)), uint32(den)})
	}
	latRef, lonRef := ref(t.Lat, "N", "S"), ref(t.Lon, "E", "W")
	latRef.tag, lonRef.tag = 1, 3
	alt := w.rationals(6, [2]uint32{1350, 1})
	fs := []field{latRef, dms(2, t.Lat), lonRef, dms(4, t.Lon), alt}
	if u := t.GPSTime.UTC(); !t.GPSTime.IsZero() {
		fs = append(fs, w.rationals(7, [2]uint32{uint32(u.Hour()), 1}, [2]uint32{uint32(u.Minute()), 1}, [2]uint32{uint32(u.Second()), 1}),
			w.ascii(29, u.Format("2006:01:02")))
	}
	return fs
}

// write lays out IFD0 (with pointers to the Exif and GPS IFDs when they
// have entries), then those IFDs, each followed by its values.
func (w *writer) write(ifd0, exif, gps []field) {
	ptr := func(tag uint16) field { return field{tag, 4, 1, make([]byte, 4)} }
	if len(exif) > 0 {
		ifd0 = append(ifd0, ptr(0x8769))
	}
	if len(gps) > 0 {
		ifd0 = append(ifd0, ptr(0x8825))
	}
	at0 := w.ifd(ifd0)
	for i, sub := range [][]field{exif, gps} {
		if len(sub) == 0 {
			continue
		}
		off := uint32(len(w.buf))
		w.ifd(sub)
		tag := []uint16{0x8769, 0x8825}[i]
		for j, f := range ifd0 {
			if f.tag == tag {
				w.order.PutUint32(w.buf[at0+2+12*uint32(j)+8:], off)
			}
		}
	}
}

// ifd appends an IFD and its out-of-line values; it returns its offset.
func (w *writer) ifd(fs []field) uint32 {
	at := uint32(len(w.buf))
	data := at + 2 + 12*uint32(len(fs)) + 4
	w.buf = w.order.AppendUint16(w.buf, uint16(len(fs)))
	var tail []byte
	for _, f := range fs {
		w.buf = w.order.AppendUint16(w.buf, f.tag)
		w.buf = w.order.AppendUint16(w.buf, f.typ)
		w.buf = w.order.AppendUint32(w.buf, f.count)
		if len(f.data) <= 4 {
			w.buf = append(w.buf, append(f.data, make([]byte, 4-len(f.data))...)...)
			continue
		}
		w.buf = w.order.AppendUint32(w.buf, data+uint32(len(tail)))
		tail = append(tail, f.data...)
	}
	w.buf = append(w.order.AppendUint32(w.buf, 0), tail...)
	return at
}
