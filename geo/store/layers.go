package store

import (
	"database/sql"
	"fmt"
	"image/color"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// Layer is a boundary (or reference point) layer kept in a project, with
// how it is shown.
type Layer struct {
	// Table is the layer's feature table, its identity in the project.
	Table string
	Layer *geo.Layer
	Role  geo.Role
	// Colour overrides the role's colour when its alpha is not zero.
	Colour color.NRGBA
	Hidden bool
}

// AddLayer copies a loaded layer into the project as a new feature table
// (MULTIPOLYGON or POINT, with a name column and the original properties
// as JSON), in one transaction, and returns its table name.
func (p *Project) AddLayer(l *geo.Layer, role geo.Role) (string, error) {
	var table string
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		if table, err = uniqueTable(tx, "boundary_"+slug(l)); err != nil {
			return err
		}
		geom := "MULTIPOLYGON"
		if l.Kind == geo.Points {
			geom = "POINT"
		}
		if err := createFeatureTable(tx, table, geom, identifier(tx, l, table), `name TEXT, properties TEXT`); err != nil {
			return err
		}
		if err := insertFeatures(tx, table, l); err != nil {
			return err
		}
		var pos sql.NullInt64
		tx.QueryRow(`SELECT max(position) FROM layers`).Scan(&pos)
		_, err = tx.Exec(`INSERT INTO layers (table_name, title, source, format, kind, role, name_field, hidden, position, attribution)
			VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`, table, null(l.Title), null(l.Source), null(l.Format), l.Kind.String(), role.String(), null(l.NameField), pos.Int64+1, null(l.Attribution))
		if err != nil {
			return fmt.Errorf("store: registering layer %s: %w", table, err)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("store: adding %s to %s: %w", l.Source, p.path, err)
	}
	return table, nil
}

func insertFeatures(tx *sql.Tx, table string, l *geo.Layer) error {
	st, err := tx.Prepare(`INSERT INTO ` + quote(table) + ` (geom, name, properties) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for i := range l.Features {
		f := &l.Features[i]
		geom, err := encodeGeometry(f.Geometry)
		if err != nil {
			return fmt.Errorf("feature %d: %w", i, err)
		}
		props, err := encodeProps(f.Props)
		if err != nil {
			return fmt.Errorf("feature %d: %w", i, err)
		}
		if _, err := st.Exec(geom, f.Name, props); err != nil {
			return fmt.Errorf("feature %d: %w", i, err)
		}
	}
	b := l.Bound
	_, err = tx.Exec(`UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?`, b.Min[0], b.Min[1], b.Max[0], b.Max[1], table)
	return err
}

// slug makes a table name part from a layer's file name: lower-case
// Latin letters, digits and underscores.
func slug(l *geo.Layer) string {
	base := l.Source
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.LastIndex(base, "."); i > 0 {
		base = base[:i]
	}
	if base == "" {
		base = l.Title
	}
	var sb strings.Builder
	for _, r := range geo.Transliterate(base) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			sb.WriteRune(r)
		case sb.Len() > 0 && !strings.HasSuffix(sb.String(), "_"):
			sb.WriteByte('_')
		}
	}
	s := strings.Trim(sb.String(), "_")
	if s == "" {
		s = "layer"
	}
	return s[:min(len(s), 40)]
}

// uniqueTable returns name, or name_2, name_3... whichever is free.
func uniqueTable(tx *sql.Tx, name string) (string, error) {
	for i := 1; ; i++ {
		try := name
		if i > 1 {
			try = fmt.Sprintf("%s_%d", name, i)
		}
		var n int
		if err := tx.QueryRow(`SELECT count(*) FROM sqlite_master WHERE lower(name) = lower(?)`, try).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			return try, nil
		}
	}
}

// identifier is the layer's human name in gpkg_contents (unique there).
func identifier(tx *sql.Tx, l *geo.Layer, table string) string {
	id := l.Title
	if id == "" {
		id = table
	}
	var n int
	tx.QueryRow(`SELECT count(*) FROM gpkg_contents WHERE identifier = ?`, id).Scan(&n)
	if n > 0 {
		return table
	}
	return id
}

// Layers reads every layer of the project in the order they were added.
func (p *Project) Layers() ([]Layer, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rows, err := p.db.Query(`SELECT table_name, title, source, format, kind, role, name_field, colour, hidden, attribution FROM layers ORDER BY position, fid`)
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading layers: %w", p.path, err)
	}
	var out []Layer
	for rows.Next() {
		var sl Layer
		var title, source, format, nameField, colour, attribution sql.NullString
		var kind, role string
		if err := rows.Scan(&sl.Table, &title, &source, &format, &kind, &role, &nameField, &colour, &sl.Hidden, &attribution); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: %s: reading layers: %w", p.path, err)
		}
		sl.Layer = &geo.Layer{Source: source.String, Format: format.String, Title: title.String, NameField: nameField.String, CRS: "EPSG:4326", Attribution: attribution.String}
		if kind == geo.Points.String() {
			sl.Layer.Kind = geo.Points
		}
		sl.Role, _ = geo.ParseRole(role)
		if colour.Valid {
			sl.Colour = ParseColour(colour.String)
		}
		out = append(out, sl)
	}
	rows.Close()
	for i := range out {
		if err := readFeatures(p.db, &out[i]); err != nil {
			return nil, fmt.Errorf("store: %s: layer %s: %w", p.path, out[i].Table, err)
		}
	}
	return out, nil
}

func readFeatures(db *sql.DB, sl *Layer) error {
	rows, err := db.Query(`SELECT geom, name, properties FROM ` + quote(sl.Table) + ` ORDER BY fid`)
	if err != nil {
		return err
	}
	defer rows.Close()
	l := sl.Layer
	for rows.Next() {
		var blob []byte
		var name, props sql.NullString
		if err := rows.Scan(&blob, &name, &props); err != nil {
			return err
		}
		g, err := decodeGeometry(blob)
		if err != nil {
			return fmt.Errorf("feature %d: %w", len(l.Features), err)
		}
		if poly, ok := g.(orb.Polygon); ok {
			g = orb.MultiPolygon{poly}
		}
		f := geo.Feature{Name: name.String, Geometry: g}
		if f.Props, err = decodeProps(props.String); err != nil {
			return fmt.Errorf("feature %d: %w", len(l.Features), err)
		}
		l.Features = append(l.Features, f)
	}
	l.ComputeBound()
	return rows.Err()
}

// UpdateLayer saves how a layer is shown: role, colour and hidden.
func (p *Project) UpdateLayer(sl Layer) error {
	return p.tx(func(tx *sql.Tx) error {
		var colour any
		if sl.Colour.A != 0 {
			colour = FormatColour(sl.Colour)
		}
		_, err := tx.Exec(`UPDATE layers SET role = ?, colour = ?, hidden = ? WHERE table_name = ?`,
			sl.Role.String(), colour, sl.Hidden, sl.Table)
		if err != nil {
			return fmt.Errorf("store: saving layer %s: %w", sl.Table, err)
		}
		return nil
	})
}

// RenameFeatures saves a layer's name field and the feature names it
// gives.
func (p *Project) RenameFeatures(sl Layer) error {
	return p.tx(func(tx *sql.Tx) error {
		if err := p.knownLayer(tx, sl.Table); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE layers SET name_field = ? WHERE table_name = ?`, null(sl.Layer.NameField), sl.Table); err != nil {
			return fmt.Errorf("store: saving layer %s: %w", sl.Table, err)
		}
		st, err := tx.Prepare(`UPDATE ` + quote(sl.Table) + ` SET name = ? WHERE fid = ?`)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		defer st.Close()
		for i := range sl.Layer.Features { // fids count from 1 in insertion order
			if _, err := st.Exec(sl.Layer.Features[i].Name, i+1); err != nil {
				return fmt.Errorf("store: %w", err)
			}
		}
		return nil
	})
}

// RemoveLayer drops a layer's table and its registration.
func (p *Project) RemoveLayer(table string) error {
	return p.tx(func(tx *sql.Tx) error {
		if err := p.knownLayer(tx, table); err != nil {
			return err
		}
		if err := dropRTree(tx, table); err != nil {
			return err
		}
		for _, q := range []string{
			`DELETE FROM layers WHERE table_name = ?`,
			`DELETE FROM gpkg_geometry_columns WHERE table_name = ?`,
			`DELETE FROM gpkg_contents WHERE table_name = ?`,
		} {
			if _, err := tx.Exec(q, table); err != nil {
				return fmt.Errorf("store: removing layer %s: %w", table, err)
			}
		}
		if _, err := tx.Exec(`DROP TABLE ` + quote(table)); err != nil {
			return fmt.Errorf("store: removing layer %s: %w", table, err)
		}
		return nil
	})
}
