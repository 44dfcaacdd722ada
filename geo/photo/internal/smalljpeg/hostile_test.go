package smalljpeg

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	"strings"
	"testing"
)

// marker finds the segment of marker m in a JPEG: the offset of its
// 0xFF and its length field's end.
func marker(t testing.TB, b []byte, m byte) int {
	t.Helper()
	i := bytes.Index(b, []byte{0xFF, m})
	if i < 0 {
		t.Fatalf("no marker %02X", m)
	}
	return i
}

// patched returns a copy of b with bytes set at offset i.
func patched(b []byte, i int, v ...byte) []byte {
	c := bytes.Clone(b)
	copy(c[i:], v)
	return c
}

// TestDecodeRefusesUnsupported: what is not a baseline JPEG of a kind
// decoded here is refused with ErrUnsupported, for image/jpeg to take.
func TestDecodeRefusesUnsupported(t *testing.T) {
	col, gray := encode(noisy(24, 16, 1), layout{h: 2, v: 2}), encode(noisy(24, 16, 1), layout{})
	sof := marker(t, col, 0xC0)
	sos := marker(t, col, 0xDA)
	cases := map[string][]byte{
		"progressive":       patched(col, sof+1, 0xC2),
		"arithmetic":        patched(col, sof+1, 0xC9),
		"lossless":          patched(col, sof+1, 0xC3),
		"12-bit":            patched(col, sof+4, 12),
		"height after scan": patched(col, sof+5, 0, 0),
		"chroma 2x2":        patched(col, sof+10+3+1, 0x22),
		"luma 4x1":          patched(col, sof+10+1, 0x41),
		"RGB component ids": patched(col, sof+10, 'R', 0x22, 0, 'G', 0x11, 1, 'B'),
		"one scan of three": patched(col, sos+4, 1),
		"spectral 1-5":      patched(col, marker(t, col, 0xDA)+4+1+6, 1, 5),
		"Adobe RGB":         append(append([]byte{0xFF, 0xD8, 0xFF, 0xEE, 0, 14}, "Adobe\x00\x64\x00\x00\x00\x00\x00"...), col[2:]...),
		"four components":   patched(gray, marker(t, gray, 0xC0)+9, 4),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			if _, err := Decode(data, 2, 1<<20); !errors.Is(err, ErrUnsupported) {
				t.Errorf("got %v, want ErrUnsupported", err)
			}
		})
	}
}

// TestDecodeRefusesDamaged: damaged files give an error, never a panic
// or an image.
func TestDecodeRefusesDamaged(t *testing.T) {
	col := encode(noisy(40, 24, 1), layout{h: 2, v: 1, restart: 2})
	dht, sos := marker(t, col, 0xC4), marker(t, col, 0xDA)
	scan := sos + 2 + 12
	rst := scan + bytes.Index(col[scan:], []byte{0xFF, 0xD0})
	cases := map[string][]byte{
		"no SOI":                 col[2:],
		"segment past the end":   col[:sof(col)+6],
		"overfull Huffman table": patched(col, dht+5, 3), // three 1-bit codes
		"no quantisation table":  patched(col, marker(t, col, 0xDB)+4, 3),
		"restart marker wrong":   patched(col, rst+1, 0xD5),
		"restart marker missing": patched(col, rst, 0x12),
		"scan cut in half":       col[:scan+(len(col)-scan)/2],
		"scan cut at its start":  col[:scan],
		"garbage scan":           append(col[:scan:scan], bytes.Repeat([]byte{0xFE}, 64)...),
		"huge, 1 KB":             patched(col, sof(col)+5, 0xFF, 0xFF, 0xFF, 0xFF),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			img, err := Decode(data, 2, 1<<20)
			if err == nil || errors.Is(err, ErrUnsupported) || img != nil {
				t.Errorf("got %v, %v; want an error of damage", img, err)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error of more than one line: %q", err)
			}
		})
	}
}

func sof(b []byte) int { return bytes.Index(b, []byte{0xFF, 0xC0}) }

// FuzzDecode: no input makes Decode panic, hang or allocate planes past
// the limit, and an image it returns has the size its header says.
func FuzzDecode(f *testing.F) {
	for _, l := range layouts {
		f.Add(encode(noisy(37, 21, 5), l))
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, noisy(50, 30, 6), &jpeg.Options{Quality: 75})
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, k := range []int{2, 8} {
			img, err := Decode(data, k, 1<<16)
			if err != nil {
				continue
			}
			cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
			if want := image.Rect(0, 0, (cfg.Width+k-1)/k, (cfg.Height+k-1)/k); err == nil && img.Bounds() != want {
				t.Fatalf("bounds %v, want %v", img.Bounds(), want)
			}
		}
	})
}
