package load

import (
	"encoding/csv"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
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
			to := words.Errorf("line %d", line+n)
			if strings.HasSuffix(cell, "\n") { // the lenient reader stopped at the end
				to = words.Errorf("the end of the file")
			}
			return worded(Error{File: name, Line: line, Col: col}, `not valid CSV: the quote (") opening this cell is not closed on its line, so the cell runs on to %s; close or remove the quote`, to)
		}
	}
	return nil
}
