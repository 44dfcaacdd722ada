package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// insertFeatures writes a layer's features: geometry, name, a value per
// field, and the properties past the fields as JSON when overflow is set.
func insertFeatures(tx *sql.Tx, table string, l *geo.Layer, fields []field, overflow bool) error {
	names := []string{"geom", "name"}
	index := map[string]int{}
	for i, f := range fields {
		names = append(names, quote(f.column))
		index[f.key] = i
	}
	if overflow {
		names = append(names, "properties")
	}
	st, err := tx.Prepare(`INSERT INTO ` + quote(table) + ` (` + strings.Join(names, ", ") + `) VALUES (?` + strings.Repeat(", ?", len(names)-1) + `)`)
	if err != nil {
		return err
	}
	defer st.Close()
	for i := range l.Features {
		if err := insertFeature(st, &l.Features[i], fields, index, overflow); err != nil {
			return fmt.Errorf("feature %d: %w", i, err)
		}
	}
	b := l.Bound
	_, err = tx.Exec(`UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?`, b.Min[0], b.Min[1], b.Max[0], b.Max[1], table)
	return err
}

func insertFeature(st *sql.Stmt, f *geo.Feature, fields []field, index map[string]int, overflow bool) error {
	geom, err := encodeGeometry(f.Geometry)
	if err != nil {
		return err
	}
	values := make([]any, 2+len(fields), 3+len(fields))
	values[0], values[1] = geom, f.Name
	var rest geo.Props
	for _, kv := range f.Props {
		if j, ok := index[kv.Key]; ok {
			values[2+j] = columnValue(fields[j].kind, kv.Value)
		} else {
			rest = append(rest, kv)
		}
	}
	if overflow {
		props, err := encodeProps(rest)
		if err != nil {
			return err
		}
		values = append(values, props)
	}
	_, err = st.Exec(values...)
	return err
}

// storedFields reads which columns of a layer table hold properties: all
// but fid, geom, name and properties, named and typed as
// gpkg_data_columns says (a column it does not name keeps its own name).
// Projects written before hold every property in properties, as JSON.
func storedFields(q querier, table string) (fields []field, hasJSON bool, err error) {
	aliases, err := dataColumns(q, table)
	if err != nil {
		return nil, false, err
	}
	rows, err := q.Query(`SELECT name, upper(type) FROM pragma_table_info(?) ORDER BY cid`, table)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var f field
		if err := rows.Scan(&f.column, &f.kind); err != nil {
			return nil, false, err
		}
		low := strings.ToLower(f.column)
		hasJSON = hasJSON || low == "properties"
		if reservedColumns[low] {
			continue
		}
		f.key = f.column
		if a, ok := aliases[f.column]; ok {
			f.key = a.key
			if a.kind == "JSON" {
				f.kind = "JSON"
			}
		}
		fields = append(fields, f)
	}
	return fields, hasJSON, rows.Err()
}

// dataColumns reads gpkg_data_columns' property names and JSON marks
// for a table, by column; none when the project has no such table.
func dataColumns(q querier, table string) (map[string]field, error) {
	var n int
	if err := q.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_data_columns'`).Scan(&n); err != nil || n == 0 {
		return nil, err
	}
	rows, err := q.Query(`SELECT column_name, name, mime_type FROM gpkg_data_columns WHERE table_name = ?`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]field{}
	for rows.Next() {
		var col string
		var name, mime sql.NullString
		if err := rows.Scan(&col, &name, &mime); err != nil {
			return nil, err
		}
		f := field{column: col, key: col}
		if name.Valid && name.String != "" {
			f.key = name.String
		}
		if mime.String == jsonMIME {
			f.kind = "JSON"
		}
		out[col] = f
	}
	return out, rows.Err()
}

// readFeatures reads the features of sl's table into sl, leaving out
// (into lo) those at no longitude/latitude.
func readFeatures(q querier, sl *Layer, lo *leftOut) error {
	fields, hasJSON, err := storedFields(q, sl.Table)
	if err != nil {
		return err
	}
	names := []string{"geom", "name"}
	for _, f := range fields {
		names = append(names, quote(f.column))
	}
	if hasJSON {
		names = append(names, "properties")
	}
	names = append(names, "fid")
	rows, err := q.Query(`SELECT ` + strings.Join(names, ", ") + ` FROM ` + quote(sl.Table) + ` ORDER BY fid`)
	if err != nil {
		return err
	}
	defer rows.Close()
	l := sl.Layer
	values := make([]any, len(names))
	targets := make([]any, len(names))
	for i := range values {
		targets[i] = &values[i]
	}
	for rows.Next() {
		if err := rows.Scan(targets...); err != nil {
			return err
		}
		f, err := featureOf(values[:len(values)-1], fields, hasJSON, l.Kind)
		if err != nil {
			return words.Errorf("feature %d: %w", len(l.Features), err)
		}
		fid, _ := values[len(values)-1].(int64)
		if !lo.check(sl.Table, fid, f.Geometry) {
			continue
		}
		l.Features = append(l.Features, f)
		sl.fids = append(sl.fids, fid)
	}
	l.ComputeBound()
	return rows.Err()
}

// layerGeometry reads a feature's geometry: a point in a point layer, a
// multipolygon (or a polygon, made one) in a boundary layer, a
// multilinestring (or a linestring, made one) in a layer of lines, else
// an error.
func layerGeometry(blob []byte, kind geo.Kind) (orb.Geometry, error) {
	g, err := decodeGeometry(blob)
	if err != nil {
		return nil, err
	}
	if poly, ok := g.(orb.Polygon); ok {
		g = orb.MultiPolygon{poly}
	}
	if line, ok := g.(orb.LineString); ok && kind == geo.Lines {
		g = orb.MultiLineString{line}
	}
	_, point := g.(orb.Point)
	_, area := g.(orb.MultiPolygon)
	_, line := g.(orb.MultiLineString)
	if point && kind == geo.Points || area && kind == geo.Polygons || line && kind == geo.Lines {
		return g, nil
	}
	if g == nil {
		return nil, errEmptyGeometry
	}
	switch kind {
	case geo.Points:
		return nil, words.Errorf("store: a %s in a layer of points", g.GeoJSONType())
	case geo.Lines:
		return nil, words.Errorf("store: a %s in a layer of lines", g.GeoJSONType())
	}
	return nil, words.Errorf("store: a %s in a layer of polygons", g.GeoJSONType())
}

// featureOf makes a feature of one row: geometry, name, fields, JSON.
func featureOf(values []any, fields []field, hasJSON bool, kind geo.Kind) (geo.Feature, error) {
	blob, _ := values[0].([]byte)
	g, err := layerGeometry(blob, kind)
	if err != nil {
		return geo.Feature{}, err
	}
	name, _ := propValue("TEXT", values[1])
	f := geo.Feature{Geometry: g}
	f.Name, _ = name.(string)
	for i, fd := range fields {
		if v, ok := propValue(fd.kind, values[2+i]); ok {
			f.Props = append(f.Props, geo.Prop{Key: fd.key, Value: v})
		}
	}
	if hasJSON {
		text, _ := propValue("TEXT", values[len(values)-1])
		s, _ := text.(string)
		more, err := decodeProps(s)
		if err != nil {
			return geo.Feature{}, err
		}
		f.Props = append(f.Props, more...)
	}
	return f, nil
}
