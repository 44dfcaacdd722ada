// Package czlib stands in for github.com/datadog/czlib, which
// github.com/paulmach/osm/osmpbf uses whenever cgo is on: that one wraps
// the C zlib and needs its headers, which the Windows cross-build
// (mingw-w64) lacks. This one is Go's compress/zlib, so reading .osm.pbf
// builds everywhere. go.mod replaces the original with it.
package czlib

import (
	"compress/zlib"
	"io"
)

// NewReader returns a reader decompressing the zlib stream r.
func NewReader(r io.Reader) (io.ReadCloser, error) { return zlib.NewReader(r) }
