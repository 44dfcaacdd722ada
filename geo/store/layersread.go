package store

import (
	"database/sql"
	"slices"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Layers reads every layer of the project in the order they were added.
func (p *Project) Layers() ([]Layer, error) {
	return p.LayersOf()
}

// LayersOf reads the project's layers of the given roles (every layer
// when none is given), in the order they were added; the features of the
// others are not read.
func (p *Project) LayersOf(roles ...geo.Role) ([]Layer, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	out, err := readLayers(p.db, p.rowLog(), roles...)
	if err != nil {
		return nil, words.Errorf("store: %s: %w", p.path, err)
	}
	return out, nil
}

// readLayers reads the layers of the given roles, leaving out (into lo)
// the features at no longitude/latitude.
func readLayers(q querier, lo *leftOut, roles ...geo.Role) ([]Layer, error) {
	rows, err := q.Query(`SELECT table_name, title, source, format, kind, role, name_field, colour, hidden, attribution FROM layers ORDER BY position, fid`)
	if err != nil {
		return nil, words.Errorf("reading layers: %w", err)
	}
	var out []Layer
	for rows.Next() {
		var sl Layer
		var title, source, format, nameField, colour, attribution sql.NullString
		var kind, role string
		if err := rows.Scan(&sl.Table, &title, &source, &format, &kind, &role, &nameField, &colour, &sl.Hidden, &attribution); err != nil {
			rows.Close()
			return nil, words.Errorf("reading layers: %w", err)
		}
		sl.Layer = &geo.Layer{Source: source.String, Format: format.String, Title: title.String, NameField: nameField.String, CRS: "EPSG:4326", Attribution: attribution.String}
		sl.Layer.Kind = geo.ParseKind(kind)
		sl.Role, _ = geo.ParseRole(role)
		if colour.Valid {
			sl.Colour = ParseColour(colour.String)
		}
		if len(roles) == 0 || slices.Contains(roles, sl.Role) {
			out = append(out, sl)
		}
	}
	rows.Close()
	for i := range out {
		if err := readFeatures(q, &out[i], lo); err != nil {
			return nil, words.Errorf("layer %s: %w", out[i].Table, err)
		}
	}
	return out, nil
}
