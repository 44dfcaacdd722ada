package store

import (
	"bytes"
	"database/sql"
	"fmt"
	"image/png"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/overlay"
)

// Overlays reads the project's field sheets, images included, oldest
// first. A row whose image or footprint cannot be shown is reported, not
// skipped.
func (p *Project) Overlays() ([]Overlay, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rows, err := p.db.Query(`SELECT geom, uuid, page, source, image, width, height, opacity, CAST(added AS TEXT) FROM ` + tableOverlays + ` ORDER BY fid`)
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading field sheets: %w", p.path, err)
	}
	defer rows.Close()
	var out []Overlay
	for rows.Next() {
		o, err := scanOverlay(rows)
		if err == nil {
			err = validOverlay(&o)
		}
		if err != nil {
			return nil, fmt.Errorf("store: %s: field sheet %d: %w", p.path, len(out)+1, err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

func scanOverlay(rows *sql.Rows) (Overlay, error) {
	var o Overlay
	var g []byte
	var source, added sql.NullString
	if err := rows.Scan(&g, &o.ID, &o.Page, &source, &o.Image, &o.Width, &o.Height, &o.Opacity, &added); err != nil {
		return o, err
	}
	geom, err := decodeGeometry(g)
	if err != nil {
		return o, err
	}
	if geom == nil {
		return o, fmt.Errorf("it has no footprint")
	}
	o.Bound, o.Source = geom.Bound(), source.String
	if added.Valid {
		o.Added = parseTime(added.String)
	}
	if _, ok := geom.(orb.Polygon); !ok {
		return o, fmt.Errorf("its footprint is a %s, not a polygon", geom.GeoJSONType())
	}
	return o, nil
}

// SetOverlayOpacity changes how strongly a field sheet shows (0 to 1).
func (p *Project) SetOverlayOpacity(id string, opacity float64) error {
	if !(opacity >= 0 && opacity <= 1) {
		return fmt.Errorf("store: opacity %g is not between 0 and 1", opacity)
	}
	return p.changeOverlay(`UPDATE `+tableOverlays+` SET opacity = ? WHERE uuid = ?`, opacity, id)
}

// RemoveOverlay removes a field sheet from the project.
func (p *Project) RemoveOverlay(id string) error {
	return p.changeOverlay(`DELETE FROM `+tableOverlays+` WHERE uuid = ?`, id)
}

func (p *Project) changeOverlay(query string, args ...any) error {
	id := args[len(args)-1]
	return p.write(func(w *writer) error {
		n, err := w.execCount(query, args...)
		if err != nil {
			return fmt.Errorf("store: %s: field sheet %s: %w", p.path, id, err)
		}
		if n == 0 {
			return fmt.Errorf("store: %s: field sheet %s: %w", p.path, id, ErrNoOverlay)
		}
		return nil
	})
}

// Picture decodes the sheet's image for drawing (overlay.Draw).
func (o Overlay) Picture() (overlay.Picture, error) {
	img, err := png.Decode(bytes.NewReader(o.Image))
	if err != nil {
		return overlay.Picture{}, fmt.Errorf("store: field sheet %s from %q: %w", o.Page, o.Source, err)
	}
	return overlay.Picture{Image: img, Bound: o.Bound, Opacity: o.Opacity}, nil
}

// SheetPictures reads the project's field sheets, decoded for drawing,
// oldest (lowest) first.
func (p *Project) SheetPictures() ([]overlay.Picture, error) {
	sheets, err := p.Overlays()
	if err != nil {
		return nil, err
	}
	out := make([]overlay.Picture, len(sheets))
	for i, o := range sheets {
		if out[i], err = o.Picture(); err != nil {
			return nil, fmt.Errorf("%w (in %s)", err, p.path)
		}
	}
	return out, nil
}
