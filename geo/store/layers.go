package store

import (
	"database/sql"
	"fmt"
	"image/color"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
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
	// fids are the table rows of Layer's features, as read (rows at no
	// longitude/latitude are left out); nil for a layer not read.
	fids []int64
}

// AddLayer copies a loaded layer into the project as a new feature table
// (MULTIPOLYGON, POINT or MULTILINESTRING, with a name column and the original properties),
// with its R-tree index, in one transaction, and returns its table name.
func (p *Project) AddLayer(l *geo.Layer, role geo.Role) (string, error) {
	var table string
	err := p.tx(func(tx *sql.Tx) error {
		var err error
		table, err = addLayer(tx, l, role)
		return err
	})
	if err != nil {
		return "", words.Errorf("store: adding %s to %s: %w", l.Source, p.path, err)
	}
	return table, nil
}

func addLayer(tx *sql.Tx, l *geo.Layer, role geo.Role) (string, error) {
	table, err := uniqueTable(tx, "boundary_"+slug(l))
	if err != nil {
		return "", err
	}
	geom := map[geo.Kind]string{geo.Polygons: "MULTIPOLYGON", geo.Points: "POINT", geo.Lines: "MULTILINESTRING"}[l.Kind]
	fields := inferFields(l)
	overflow := len(fields) > maxFields
	if overflow {
		fields = fields[:maxFields]
	}
	if err := createFeatureTable(tx, table, geom, identifier(tx, l, table), columnsSQL(fields, overflow)); err != nil {
		return "", err
	}
	if err := registerFields(tx, table, fields); err != nil {
		return "", err
	}
	if err := insertFeatures(tx, table, l, fields, overflow); err != nil {
		return "", err
	}
	var pos sql.NullInt64
	tx.QueryRow(`SELECT max(position) FROM layers`).Scan(&pos)
	_, err = tx.Exec(`INSERT INTO layers (table_name, title, source, format, kind, role, name_field, hidden, position, attribution)
		VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`, table, null(l.Title), null(l.Source), null(l.Format), l.Kind.String(), role.String(), null(l.NameField), pos.Int64+1, null(l.Attribution))
	if err != nil {
		return "", words.Errorf("store: registering layer %s: %w", table, err)
	}
	return table, nil
}

// columnsSQL declares a layer table's columns after fid and geom: the
// name, one per field, and a JSON properties column for the overflow.
func columnsSQL(fields []field, overflow bool) string {
	cols := []string{"name TEXT"}
	for _, f := range fields {
		cols = append(cols, quote(f.column)+" "+f.sqlType())
	}
	if overflow {
		cols = append(cols, "properties TEXT")
	}
	return strings.Join(cols, ", ")
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
