package store

import (
	"database/sql"
	"fmt"
)

// checkMediaTables checks the photo tables: the media table and the
// mapping tables all there or (in a project made before photos, or a
// GeoPackage from another program) all absent, with their columns; and
// the columns of a gpkgext_relations table, which another program may
// have made.
func (p *Project) checkMediaTables(q querier, s schema) error {
	own := []string{tableMedia}
	for _, m := range photoMappings {
		own = append(own, m.mapping)
	}
	var missing []string
	for _, t := range own {
		if o, ok := s[t]; !ok {
			missing = append(missing, t)
		} else if o.kind != "table" {
			return p.notTable(t, o.kind)
		}
	}
	if len(missing) > 0 && len(missing) < len(own) {
		return p.missingTable(missing[0])
	}
	ref, err := referenceColumns()
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	check := []string{}
	if len(missing) == 0 {
		check = own
	}
	if o, ok := s[tableRelations]; ok {
		if o.kind != "table" {
			return p.notTable(tableRelations, o.kind)
		}
		check = append(check, tableRelations)
	}
	for _, t := range check {
		if err := p.checkColumns(q, t, ref[t]); err != nil {
			return err
		}
	}
	return nil
}

// addMediaTables gives a project made before photos its photo tables.
func (p *Project) addMediaTables() error {
	var n int
	if err := p.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, tableMedia).Scan(&n); err != nil {
		return fmt.Errorf("store: %s: %w", p.path, err)
	}
	if n > 0 {
		return nil
	}
	return p.tx(func(tx *sql.Tx) error {
		if err := createMediaTables(tx); err != nil {
			return fmt.Errorf("%w (in %s)", err, p.path)
		}
		return nil
	})
}
