package exchange

import (
	"encoding/csv"
	"io"
	"regexp"

	"github.com/khoroomap/khoroomap/geo"
)

// SheetWriter writes a CSV table that spreadsheet programs open safely and
// read right: a UTF-8 byte order mark first (so Excel reads Cyrillic), and
// every cell passed through SafeCell, so a name someone typed as
// =HYPERLINK(...) stays text instead of becoming a formula. Every CSV the
// program writes goes through it. It is not safe for concurrent use.
type SheetWriter struct {
	cw  *csv.Writer
	err error
}

// NewSheetWriter starts a table on w; crlf ends lines with CR LF, as
// Windows programs expect.
func NewSheetWriter(w io.Writer, crlf bool) *SheetWriter {
	_, err := io.WriteString(w, "\ufeff")
	cw := csv.NewWriter(w)
	cw.UseCRLF = crlf
	return &SheetWriter{cw: cw, err: err}
}

// Write writes one row, each cell made safe with SafeCell.
func (s *SheetWriter) Write(row []string) {
	if s.err != nil {
		return
	}
	safe := make([]string, len(row))
	for i, c := range row {
		safe[i] = SafeCell(c)
	}
	s.err = s.cw.Write(safe)
}

// Flush writes out what is buffered and returns the first error met.
func (s *SheetWriter) Flush() error {
	if s.err != nil {
		return s.err
	}
	s.cw.Flush()
	return s.cw.Error()
}

// plainNumber is a decimal number as this program writes them: an
// optional minus sign, digits, an optional fraction and exponent.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

// SafeCell escapes a cell that a spreadsheet would run as a formula, as
// OWASP recommends: a cell beginning with =, +, -, @, a tab or a carriage
// return gets a single quote in front ("'=1+2"), which spreadsheets show
// as text and do not print. Plain numbers, negative ones included
// ("-12.5", "-1e-3"), are left as they are so they stay numbers. A cell
// that already looks escaped ("'=1") gets one more quote, so UnsafeCell
// gives back exactly what was written.
func SafeCell(cell string) string {
	if needsQuote(cell) {
		return "'" + cell
	}
	return cell
}

func needsQuote(cell string) bool {
	if cell == "" {
		return false
	}
	switch cell[0] {
	case '=', '+', '@', '\t', '\r':
		return true
	case '-':
		return !plainNumber.MatchString(cell)
	case '\'':
		return needsQuote(cell[1:])
	}
	return false
}

// UnsafeCell undoes SafeCell, for reading a table this program wrote; a
// cell SafeCell would not have written comes back as it is.
func UnsafeCell(cell string) string {
	if cell != "" && cell[0] == '\'' && needsQuote(cell[1:]) {
		return cell[1:]
	}
	return cell
}

// sheetProps undoes SafeCell on the text properties of a CSV layer, so a
// table this program exported reads back as it was written; other
// formats' properties are returned as they are.
func sheetProps(l *geo.Layer, pr geo.Props) geo.Props {
	if l.Format != "CSV" {
		return pr
	}
	out := make(geo.Props, len(pr))
	for i, kv := range pr {
		if s, ok := kv.Value.(string); ok {
			kv.Value = UnsafeCell(s)
		}
		out[i] = kv
	}
	return ungroup(out)
}
