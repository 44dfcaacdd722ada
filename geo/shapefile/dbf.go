package shapefile

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"
)

// fieldSize is each text attribute's width in bytes (the format's
// most): 254 bytes hold 127 Cyrillic letters; longer text is cut at a
// letter's edge.
const fieldSize = 254

// writeDBF writes the attribute table: every field text, UTF-8.
func writeDBF(names []string, rows []Row) ([]byte, error) {
	if len(names) > 255 {
		return nil, fmt.Errorf("%d fields, more than a .dbf holds", len(names))
	}
	var b bytes.Buffer
	headerLen, recordLen := 32+32*len(names)+1, 1+fieldSize*len(names)
	b.Write([]byte{0x03, 126, 1, 12}) // dBase III, last update 2026-01-12 (fixed: files are compared)
	binary.Write(&b, binary.LittleEndian, uint32(len(rows)))
	binary.Write(&b, binary.LittleEndian, uint16(headerLen))
	binary.Write(&b, binary.LittleEndian, uint16(recordLen))
	b.Write(make([]byte, 20))
	for _, n := range names {
		name := make([]byte, 11)
		copy(name, n)
		b.Write(name)
		b.WriteByte('C')
		b.Write(make([]byte, 4))
		b.Write([]byte{fieldSize, 0})
		b.Write(make([]byte, 14))
	}
	b.WriteByte(0x0D)
	for _, r := range rows {
		b.WriteByte(' ')
		for i := range names {
			v := ""
			if i < len(r.Values) {
				v = cut(r.Values[i], fieldSize)
			}
			b.WriteString(v)
			b.WriteString(strings.Repeat(" ", fieldSize-len(v)))
		}
	}
	b.WriteByte(0x1A)
	return b.Bytes(), nil
}

// cut shortens s to at most n bytes without splitting a letter.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// ShortNames cuts names to the .dbf's 10 bytes (ASCII names; others
// become F1, F2...) and makes them unique, ignoring case, with a number
// at the end.
func ShortNames(names []string) []string {
	out := make([]string, len(names))
	used := map[string]bool{}
	for i, n := range names {
		base := cut(n, 10)
		if base == "" || strings.IndexFunc(base, func(r rune) bool { return r > 127 }) >= 0 {
			base = fmt.Sprintf("F%d", i+1)
		}
		s := base
		for k := 2; used[strings.ToLower(s)]; k++ {
			suffix := fmt.Sprint(k)
			s = cut(base, 10-len(suffix)) + suffix
		}
		used[strings.ToLower(s)] = true
		out[i] = s
	}
	return out
}
