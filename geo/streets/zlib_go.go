//go:build !cgo

package streets

import (
	"bytes"
	"compress/zlib"
	"io"
)

// newZlib unpacks data with compress/zlib when built without cgo.
func newZlib(data []byte) (io.ReadCloser, error) {
	return zlib.NewReader(bytes.NewReader(data))
}
