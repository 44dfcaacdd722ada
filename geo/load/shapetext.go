package load

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// dbfText turns a layer's attribute text (field names and values) into
// UTF-8 as its .cpg says it is written ("UTF-8", "1251", "ANSI 1251",
// "windows-1251", "CP866"...). Without a .cpg it is UTF-8 when it reads
// as such, else Windows-1251, ArcMap's Cyrillic, with a warning. An
// encoding the .cpg names that is not known is refused.
func (b *builder) dbfText(name, base string, cpg []byte, fields []string, rows []shapefile.Row) error {
	label := strings.TrimSpace(string(cpg))
	enc, err := cpgEncoding(label)
	if err != nil {
		return errorf(name, "%s.cpg names the text encoding %q, which Khoroo Map cannot read; save the layer as UTF-8", base, label)
	}
	if enc == nil && label == "" && !allUTF8(fields, rows) {
		enc = charmap.Windows1251
		b.warn("%s.dbf names no encoding (no .cpg) and is not UTF-8: its text was read as Windows-1251 (Cyrillic)", base)
	}
	conv := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	if enc != nil {
		dec := enc.NewDecoder()
		conv = func(s string) string {
			if out, err := dec.String(s); err == nil {
				return out
			}
			return strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	for i := range fields {
		fields[i] = conv(fields[i])
	}
	for _, r := range rows {
		for j := range r.Values {
			r.Values[j] = conv(r.Values[j])
		}
	}
	return nil
}

// cpgEncoding reads a .cpg's label: nil for UTF-8 or none.
func cpgEncoding(label string) (encoding.Encoding, error) {
	l := strings.ToLower(strings.TrimPrefix(strings.ToUpper(label), "ANSI "))
	switch l {
	case "", "utf-8", "utf8", "65001":
		return nil, nil
	}
	if strings.Trim(l, "0123456789") == "" {
		if l == "866" {
			return charmap.CodePage866, nil
		}
		l = "windows-" + l
	}
	return htmlindex.Get(l)
}

func allUTF8(fields []string, rows []shapefile.Row) bool {
	for _, f := range fields {
		if !utf8.ValidString(f) {
			return false
		}
	}
	for _, r := range rows {
		for _, v := range r.Values {
			if !utf8.ValidString(v) {
				return false
			}
		}
	}
	return true
}
