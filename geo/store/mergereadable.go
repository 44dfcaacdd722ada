package store

import (
	"errors"
	"fmt"
)

// MergeReadable merges into out, as MergeFiles does, every input that can
// be read, and leaves out each later one that cannot (not a project, a
// hostile one, missing), its error in the summary's Refused: all are
// checked before anything is merged. The first input, the base, must be
// read. When no other input can be, nothing is written and the error
// names every refused file, one a line.
func MergeReadable(out string, inputs []string) (*MergeSummary, error) {
	if len(inputs) < 2 {
		return nil, fmt.Errorf("store: merging needs at least two project files")
	}
	copies, errs, err := readCopies(out, inputs)
	defer closeCopies(copies)
	if err != nil {
		return nil, err
	}
	if errs[0] != nil {
		return nil, errs[0]
	}
	good, read := []string{inputs[0]}, []*projectCopy{copies[0]}
	var refused []error
	for i := 1; i < len(inputs); i++ {
		if errs[i] != nil {
			refused = append(refused, errs[i])
			continue
		}
		good, read = append(good, inputs[i]), append(read, copies[i])
	}
	if len(good) < 2 {
		return nil, errors.Join(refused...)
	}
	sum, err := mergeCopies(out, good, read)
	if sum != nil {
		sum.Refused = refused
	}
	return sum, err
}
