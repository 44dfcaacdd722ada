package load

import "github.com/khoroomap/khoroomap/geo"

// All reads the file at path as File does and, for a GPX file whose
// tracks or routes were left out beside its waypoints, reads them too as
// a second layer, of lines: an import keeps both the places and the
// route walked.
func All(path string, opt Options) ([]*geo.Layer, error) {
	l, err := File(path, opt)
	if err != nil {
		return nil, err
	}
	if l.Format != "GPX" || l.Kind == geo.Lines {
		return []*geo.Layer{l}, nil
	}
	lines, err := File(path, Options{Lines: true})
	if err != nil || lines.Kind != geo.Lines { // no lines: the points were all
		return []*geo.Layer{l}, nil
	}
	return []*geo.Layer{l, lines}, nil
}
