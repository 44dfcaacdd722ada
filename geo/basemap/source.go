package basemap

import (
	"bytes"
	"errors"
	_ "image/jpeg" // tile formats
	_ "image/png"
	"os"
	"strings"

	"github.com/paulmach/orb"
	_ "golang.org/x/image/webp"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Info describes a source.
type Info struct {
	Name string
	// File is the file or folder the tiles come from, or the online
	// address: what messages name.
	File             string
	MinZoom, MaxZoom int
	// Bounds is the area the source covers; zero when it does not say.
	Bounds      orb.Bound
	Attribution string
	// Format is the tile format: "png", "jpg", "webp".
	Format string
}

// Source gives tiles by XYZ address (y counted from the north, as web
// maps do). Tile returns ErrNoTile when the source has none there.
// Sources are safe for concurrent use.
type Source interface {
	Info() Info
	Tile(z, x, y int) ([]byte, error)
	Close() error
}

// ErrNoTile says a source has no tile at an address.
var ErrNoTile = errors.New("basemap: no tile there")

// Key is a tile address.
type Key struct{ Z, X, Y int }

// Open opens a basemap from what a user gives: an .mbtiles file, a folder
// of z/x/y tiles, or an http(s) URL template with {z}, {x} and {y} (which
// fetches only when online is allowed). "none" or "" gives nil and no
// error.
func Open(spec string, online OnlineOptions) (Source, error) {
	switch {
	case spec == "" || spec == "none":
		return nil, nil
	case strings.HasPrefix(spec, "http://") || strings.HasPrefix(spec, "https://"):
		return NewOnline(spec, online)
	}
	st, err := os.Stat(spec)
	if err != nil {
		return nil, words.Errorf("basemap: %s: %w", spec, errors.Unwrap(err))
	}
	if st.IsDir() {
		return OpenFolder(spec)
	}
	return OpenMBTiles(spec)
}

// sniffFormat tells a tile's format from its first bytes.
func sniffFormat(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG")):
		return "png"
	case bytes.HasPrefix(b, []byte("\xff\xd8")):
		return "jpg"
	case len(b) > 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		return "webp"
	}
	return ""
}
