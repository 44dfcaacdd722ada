package store

import (
	"database/sql"

	"github.com/khoroomap/khoroomap/geo/words"
)

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
			return words.Errorf("store: saving layer %s: %w", sl.Table, err)
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
			return words.Errorf("store: saving layer %s: %w", sl.Table, err)
		}
		st, err := tx.Prepare(`UPDATE ` + quote(sl.Table) + ` SET name = ? WHERE fid = ?`)
		if err != nil {
			return words.Errorf("store: %w", err)
		}
		defer st.Close()
		for i := range sl.Layer.Features {
			if _, err := st.Exec(sl.Layer.Features[i].Name, sl.fid(i)); err != nil {
				return words.Errorf("store: %w", err)
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
		if err := unregisterFields(tx, table); err != nil {
			return err
		}
		for _, q := range []string{
			`DELETE FROM layers WHERE table_name = ?`,
			`DELETE FROM gpkg_geometry_columns WHERE table_name = ?`,
			`DELETE FROM gpkg_contents WHERE table_name = ?`,
		} {
			if _, err := tx.Exec(q, table); err != nil {
				return words.Errorf("store: removing layer %s: %w", table, err)
			}
		}
		if _, err := tx.Exec(`DROP TABLE ` + quote(table)); err != nil {
			return words.Errorf("store: removing layer %s: %w", table, err)
		}
		return nil
	})
}

// fid is the table row of the layer's feature i: the one it was read
// from, else (a layer not read from its table) i+1, as rows are numbered
// from 1 in insertion order.
func (sl Layer) fid(i int) int64 {
	if len(sl.fids) == len(sl.Layer.Features) {
		return sl.fids[i]
	}
	return int64(i + 1)
}
