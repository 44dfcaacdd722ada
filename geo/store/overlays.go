package store

import (
	"bytes"
	"errors"
	"fmt"
	"image/png"
	"math"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// Overlay is a field sheet read back from a photo: its straightened map
// as a PNG in EPSG:3857 (north up, the map's edges at the image's edges)
// and where it lies.
type Overlay struct {
	// ID is the SHA-256 of Image; the same sheet read twice into the
	// same picture is stored once.
	ID string
	// Page is the sheet's page id, from its QR code or chosen by hand.
	Page string
	// Source is the name of the photo or scan it was read from.
	Source string
	// Image is the rectified sheet, PNG encoded, Width x Height pixels.
	Image         []byte
	Width, Height int
	// Bound is the map's corners (lon/lat): west, south, east, north.
	Bound orb.Bound
	// Opacity is how strongly it shows on the map, 0 to 1.
	Opacity float64
	Added   time.Time
}

// DefaultOpacity is the opacity a newly read sheet is shown at: the
// annotations above it stay readable.
const DefaultOpacity = 0.7

// ErrNoOverlay is returned for an overlay ID the project does not hold.
var ErrNoOverlay = errors.New("no such field sheet")

// validOverlay refuses an overlay that could not be shown: not a PNG
// of its stated size, an ID that is not its image's, a footprint that is
// not a box on the Earth, an opacity outside 0..1.
func validOverlay(o *Overlay) error {
	bad := func(why string) error { return fmt.Errorf("store: field sheet %s from %q: %s", o.Page, o.Source, why) }
	cfg, err := png.DecodeConfig(bytes.NewReader(o.Image))
	switch {
	case o.Page == "":
		return bad("it has no page id")
	case err != nil:
		return bad("its image is not a PNG: " + err.Error())
	case cfg.Width != o.Width || cfg.Height != o.Height:
		return bad(fmt.Sprintf("its image is %dx%d pixels, not %dx%d", cfg.Width, cfg.Height, o.Width, o.Height))
	case o.ID != photo.ID(o.Image):
		return bad("its ID is not the SHA-256 of its image")
	case !(o.Opacity >= 0 && o.Opacity <= 1):
		return bad(fmt.Sprintf("opacity %g is not between 0 and 1", o.Opacity))
	case !validBox(o.Bound):
		return bad(fmt.Sprintf("its corners %v are not a box of longitudes and latitudes", o.Bound))
	}
	return nil
}

func validBox(b orb.Bound) bool {
	for _, v := range []float64{b.Min[0], b.Min[1], b.Max[0], b.Max[1]} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return b.Min[0] >= -180 && b.Max[0] <= 180 && b.Min[1] >= -85 && b.Max[1] <= 85 &&
		b.Min[0] < b.Max[0] && b.Min[1] < b.Max[1]
}

// NewOverlay makes the overlay of a rectified sheet encoded as PNG, with
// the default opacity.
func NewOverlay(page, source string, pngData []byte, b orb.Bound) (Overlay, error) {
	o := Overlay{ID: photo.ID(pngData), Page: page, Source: source, Image: pngData, Bound: b, Opacity: DefaultOpacity, Added: time.Now()}
	if cfg, err := png.DecodeConfig(bytes.NewReader(pngData)); err == nil {
		o.Width, o.Height = cfg.Width, cfg.Height
	}
	return o, validOverlay(&o)
}

// AddOverlay stores a field sheet in the project; one already there (the
// same ID) is kept as it is.
func (p *Project) AddOverlay(o Overlay) error {
	if err := validOverlay(&o); err != nil {
		return err
	}
	return p.write(func(w *writer) error { return putOverlay(w, &o) })
}

func putOverlay(w *writer, o *Overlay) error {
	g, err := encodeGeometry(o.Bound.ToPolygon())
	if err != nil {
		return err
	}
	var added any
	if !o.Added.IsZero() {
		added = formatTime(o.Added)
	}
	err = w.exec(`INSERT OR IGNORE INTO `+tableOverlays+` (geom, uuid, page, source, image, width, height, opacity, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, g, o.ID, o.Page, null(o.Source), o.Image, o.Width, o.Height, o.Opacity, added)
	if err != nil {
		return fmt.Errorf("store: saving field sheet %s: %w", o.Page, err)
	}
	w.grow(tableOverlays, o.Bound)
	return nil
}
