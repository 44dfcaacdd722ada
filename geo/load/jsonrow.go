package load

import (
	"unicode/utf8"

	"github.com/khoroomap/khoroomap/geo"
)

// Bounds on what one GeoJSON feature's attributes may hold, as a CSV row's
// (maxRow): each string, and a feature's "properties" together, are read
// within maxRow bytes, so a 100 MB name or a thousand 1 MB ones are refused
// before they are held. Coordinates are not properties: a boundary of a million points is read.

// longString is the error for a string, begun at m, longer than maxRow.
func (s *scanner) longString(m mark) error {
	return s.errorAt(m, "a text longer than %d MiB, the most a value may hold; the file is refused", maxRow>>20)
}

// overRow reports, as an error, properties that have run over maxRow bytes
// since they began; nil outside properties and within the bound.
func (s *scanner) overRow() error {
	if s.propsFrom < 0 || s.base+int64(s.pos)-s.propsFrom <= maxRow {
		return nil
	}
	return s.errorf("a feature's properties longer than %d MiB, the most a feature's attributes may hold; the file is refused", maxRow>>20)
}

// properties reads a feature's "properties" object into props, within
// maxRow bytes.
func (s *scanner) properties(depth int, keys interner, props *geo.Props) error {
	s.propsFrom = s.base + int64(s.pos)
	defer func() { s.propsFrom = -1 }()
	_, _, err := s.value(depth, keys, "", props)
	if err == nil {
		err = s.overRow()
	}
	return err
}

// longKey refuses a property name (flattened: prefix.key) longer than
// maxKey characters.
func (s *scanner) longKey(prefix string, key []byte) error {
	if len(prefix)+len(key) < maxKey {
		return nil
	}
	n := utf8.RuneCount(key)
	if prefix != "" {
		n += utf8.RuneCountInString(prefix) + 1
	}
	if n <= maxKey {
		return nil
	}
	return s.errorf("a property name of %d characters, more than the %d a name may hold; the file is refused", n, maxKey)
}

// propsWithin refuses, for a reader that holds the whole file anyway
// (TopoJSON), a feature's properties beyond what a streamed one may hold:
// a name longer than maxKey, a value or all of them longer than maxRow.
func (b *builder) propsWithin(index int, props geo.Props) error {
	total := 0
	for _, p := range props {
		if n := utf8.RuneCountInString(p.Key); len(p.Key) > maxKey && n > maxKey {
			return worded(Error{File: b.file, Feature: index}, "a property name of %d characters, more than the %d a name may hold; the file is refused", n, maxKey)
		}
		n := len(geo.FormatValue(p.Value))
		if n > int(maxRow) {
			return worded(Error{File: b.file, Feature: index}, "a text longer than %d MiB, the most a value may hold; the file is refused", maxRow>>20)
		}
		if total += n; total > int(maxRow) {
			return worded(Error{File: b.file, Feature: index}, "a feature's properties longer than %d MiB, the most a feature's attributes may hold; the file is refused", maxRow>>20)
		}
	}
	return nil
}
