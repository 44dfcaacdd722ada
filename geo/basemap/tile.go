package basemap

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"strconv"
)

// MaxTileZoom is the deepest zoom level a tile is read at (a few
// centimetres a pixel); tiles stored deeper, or at a negative zoom, are
// ignored.
const MaxTileZoom = 24

// MaxTileSide is the most pixels a side a tile may have (web tiles have
// 256 or 512): a tile claiming more is refused before it is decoded, so
// a small file cannot ask for gigabytes.
const MaxTileSide = 4096

// MaxTileBytes is the largest tile read, in bytes (web tiles have tens
// of kilobytes).
const MaxTileBytes = 16 << 20

// badTile is why a source cannot give a tile, worded to follow "the tile
// z/x/y".
type badTile string

func (b badTile) Error() string { return string(b) }

func tooBig(n int64) badTile {
	return badTile(fmt.Sprintf("is %.1f MiB; a tile is at most %d MiB", float64(n)/(1<<20), MaxTileBytes>>20))
}

// validKey reports whether (z, x, y) can address a tile: z within
// 0..MaxTileZoom, x and y within 0..2^z-1.
func validKey(z, x, y int) bool {
	if z < 0 || z > MaxTileZoom {
		return false
	}
	n := 1 << z
	return x >= 0 && y >= 0 && x < n && y < n
}

// Read fetches and decodes one tile, keeping it (or its absence) in the
// cache. A tile that will not decode is a *TileError naming the file,
// the address and the problem; it is kept as absent, so drawing goes on
// without it.
func Read(src Source, c *Cache, k Key) (image.Image, error) {
	data, err := src.Tile(k.Z, k.X, k.Y)
	if err == ErrNoTile {
		c.Put(src, k, nil)
		return nil, nil
	}
	if err != nil {
		c.Put(src, k, nil)
		if _, ok := err.(badTile); !ok {
			err = fmt.Errorf("cannot be read (%w)", err)
		}
		e := &TileError{Key: k, File: src.Info().File, Err: err}
		e.Again = !note(src, e)
		return nil, e
	}
	img, err := decode(data)
	if err != nil {
		c.Put(src, k, nil)
		e := &TileError{Key: k, File: src.Info().File, Err: err}
		e.Again = !note(src, e)
		return nil, e
	}
	c.Put(src, k, img)
	return img, nil
}

// TileError is a tile that could not be read or decoded.
type TileError struct {
	Key  Key
	File string // the source's file, folder or address
	Err  error
	// Again is set when the same tile of the same source failed before
	// (it was dropped from the cache and read again): say it only once.
	Again bool
}

// Error gives the problem as one line: "basemap: FILE: the tile z/x/y ...".
func (e *TileError) Error() string {
	return "basemap: " + e.File + ": the tile " + strconv.Itoa(e.Key.Z) + "/" + strconv.Itoa(e.Key.X) + "/" + strconv.Itoa(e.Key.Y) + " " + e.Err.Error()
}

// Unwrap gives the decoding problem.
func (e *TileError) Unwrap() error { return e.Err }

// decode reads a tile image, as an *image.RGBA: what drawing and
// scaling are fastest from. Only PNG, JPEG and WebP are read, and only
// up to MaxTileSide pixels a side, checked from the header before any
// pixel is decoded.
func decode(data []byte) (image.Image, error) {
	if len(data) == 0 {
		return nil, errors.New("is empty")
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if errors.Is(err, image.ErrFormat) {
		return nil, errors.New("is not a PNG, JPEG or WebP image")
	}
	if err != nil {
		return nil, fmt.Errorf("is not a readable image (%v)", err)
	}
	if format != "png" && format != "jpeg" && format != "webp" {
		return nil, fmt.Errorf("is a %s image; basemap tiles are PNG, JPEG or WebP", format)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > MaxTileSide || cfg.Height > MaxTileSide {
		return nil, fmt.Errorf("claims %d×%d pixels; a tile has at most %d a side", cfg.Width, cfg.Height, MaxTileSide)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("is not a readable image (%v)", err)
	}
	rgba, ok := img.(*image.RGBA)
	if !ok {
		rgba = image.NewRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	}
	if !rgba.Opaque() {
		return translucent{rgba}, nil
	}
	return rgba, nil
}

// translucent is a decoded tile with transparent pixels (GDAL's tiles
// are transparent outside the data): it is drawn over what is below, where
// an opaque tile is simply copied.
type translucent struct{ *image.RGBA }
