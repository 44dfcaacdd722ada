package load

import (
	"bufio"
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// maxRow is the most bytes one CSV row may span, its quoted line breaks
// included: a row is read whole, so a hostile or broken file (a 100 MB
// cell, a quote never closed) is refused before it is held (a variable
// only so that tests can make such files small).
var maxRow int64 = 1 << 20

// maxKey is the most characters a column's or a property's name may
// have: it becomes a column of the project.
const maxKey = 300

// longHeader refuses a header cell longer than maxKey characters.
func (c *csvRows) longHeader(header []string) error {
	for i, h := range header {
		if n := utf8.RuneCountInString(h); len(h) > maxKey && n > maxKey {
			line, col := c.cr.FieldPos(i)
			return worded(Error{File: c.name, Line: line, Col: col}, "a column name of %d characters, more than the %d a name may hold; the file is refused", n, maxKey)
		}
	}
	return nil
}

// errLongRow is what rowLimit reads once a row runs over maxRow.
var errLongRow = errors.New("a row longer than the limit")

// rowLimit reads for a CSV or XML reader and fails once the bytes read
// since the row being read began (start, from the reader's InputOffset)
// pass maxRow, or most when it is not 0.
type rowLimit struct {
	r     io.Reader
	read  int64
	start int64
	most  int64
}

func (l *rowLimit) Read(p []byte) (int, error) {
	room := l.start + cmp.Or(l.most, maxRow) + 1 - l.read // one byte over tells a long row
	if room <= 0 {
		return 0, errLongRow
	}
	if int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	l.read += int64(n)
	return n, err
}

// csvRows reads a CSV file's records, each within maxRow bytes.
type csvRows struct {
	name string
	lim  *rowLimit
	cr   *csv.Reader
	line int // where the next row starts (blank lines before it aside)
}

// newCSVRows reads br as CSV separated as its first line says (see
// detectSeparator), leniently with quotes, rows of any width.
func newCSVRows(name string, br *bufio.Reader) *csvRows {
	head, _ := br.Peek(4096)
	lim := &rowLimit{r: br}
	cr := csv.NewReader(lim)
	cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes = detectSeparator(string(head)), -1, true
	return &csvRows{name: name, lim: lim, cr: cr, line: 1}
}

// next reads the next record and the line it starts on; io.EOF at the
// end, an *Error naming the line for a row too long or not CSV.
func (c *csvRows) next() ([]string, int, error) {
	rec, err := c.cr.Read()
	if errors.Is(err, errLongRow) {
		return nil, c.line, worded(Error{File: c.name, Line: c.line}, "a row longer than %d MiB, the most a row may hold; the file is refused (is a quote left open?)", maxRow>>20)
	}
	if errors.Is(err, io.EOF) {
		return nil, 0, err
	}
	line, _ := c.cr.FieldPos(0)
	if err != nil {
		return nil, line, worded(Error{File: c.name, Line: line}, "not valid CSV: %w", err)
	}
	last, _ := c.cr.FieldPos(len(rec) - 1)
	c.line = last + strings.Count(rec[len(rec)-1], "\n") + 1
	c.lim.start = c.cr.InputOffset()
	return rec, line, nil
}
