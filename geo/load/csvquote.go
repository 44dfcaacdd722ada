package load

import (
	"encoding/csv"
	"fmt"
	"strings"
)

// runawayQuote reports a cell that swallowed line breaks where a row ends
// without its coordinates (or the header without its columns): the mark of
// a quote opened and never closed, or closed rows later. The reader is
// lenient with stray quotes inside cells, so without this the rows it ate
// would be skipped as places "with no coordinates". It returns nil when
// no cell runs over a line.
func runawayQuote(name string, r *csv.Reader, rec []string) error {
	for i, cell := range rec {
		if n := strings.Count(cell, "\n"); n > 0 {
			line, col := r.FieldPos(i)
			return &Error{File: name, Line: line, Col: col, Msg: fmt.Sprintf(
				`not valid CSV: the quote (") that opens this cell is not closed on its line, so the next %d line(s) are read into the cell; close or remove the quote`, n)}
		}
	}
	return nil
}
