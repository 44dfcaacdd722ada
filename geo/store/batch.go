package store

import (
	"fmt"
	"strings"
)

// batchRows is how many rows one multi-row INSERT of a batch holds: few
// enough that a row of 25 columns stays far below SQLite's limit of
// 32,766 parameters a statement.
const batchRows = 64

// batch gathers the rows of one INSERT (table and its column names) to
// write them batchRows at a time, one prepared statement for each full
// batch. after, when set, runs once a part is written.
type batch struct {
	head   string // INSERT ... VALUES
	cols   int
	values []any
	after  []func() error
}

// newBatch gathers rows for `head (?, ?, …), …` of cols columns.
func newBatch(head string, cols int) *batch {
	return &batch{head: head, cols: cols}
}

// add queues one row; then runs after once the row is written.
func (b *batch) add(w *writer, values []any, then func() error) error {
	if len(values) != b.cols {
		return fmt.Errorf("store: %d values for %d columns", len(values), b.cols)
	}
	b.values = append(b.values, values...)
	if then != nil {
		b.after = append(b.after, then)
	}
	if len(b.values) >= batchRows*b.cols {
		return b.flush(w)
	}
	return nil
}

// flush writes the rows queued.
func (b *batch) flush(w *writer) error {
	if len(b.values) == 0 {
		return nil
	}
	if err := w.exec(rowsSQL(b.head, b.cols, len(b.values)/b.cols), b.values...); err != nil {
		return err
	}
	b.values = b.values[:0]
	after := b.after
	b.after = nil
	for _, f := range after {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// rowsSQL is head followed by n rows of cols parameters.
func rowsSQL(head string, cols, n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return head + " " + strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}
