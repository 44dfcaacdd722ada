package store

import (
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

// checkTriggers refuses triggers on the tables this program writes to
// (the project's tables, the feature tables given, their R-tree indexes
// and the GeoPackage's registers), unless they are the standard R-tree triggers or GDAL's
// feature counts, word for word. A stranger's trigger would otherwise run
// its own SQL on every edit. An R-tree index must be a real R-tree.
func (p *Project) checkTriggers(s schema, features []string) error {
	allowed := map[string]map[string]string{} // lower table -> trigger name -> sql
	written := map[string]bool{"gpkg_contents": true, "gpkg_geometry_columns": true, "gpkg_extensions": true,
		"gpkg_spatial_ref_sys": true, "gpkg_ogr_contents": true, "gpkg_data_columns": true, "gpkg_data_column_constraints": true}
	for _, t := range append(projectTables[3:], mediaTables...) { // attribute tables: GDAL's counts only
		lt := strings.ToLower(t)
		written[lt] = true
		allowed[lt] = map[string]string{}
		for _, tr := range gdalCountTriggers(t) {
			allowed[lt][tr.name] = squeeze(tr.sql)
		}
	}
	for _, t := range features {
		lt := strings.ToLower(t)
		written[lt] = true
		allowed[lt] = map[string]string{}
		for _, tr := range append(rtreeTriggers(t), gdalCountTriggers(t)...) {
			allowed[lt][tr.name] = squeeze(tr.sql)
		}
		r := strings.ToLower(rtreeName(t))
		for _, shadow := range []string{r, r + "_node", r + "_parent", r + "_rowid"} {
			written[shadow] = true
		}
		if o, ok := s[r]; ok && (o.kind != "table" || !strings.HasPrefix(squeeze(o.sql), "create virtual table") ||
			!strings.Contains(squeeze(o.sql), "using rtree(")) {
			return words.Errorf("store: %s: %s is not an R-tree index; the file is refused", p.path, o.name)
		}
	}
	for _, o := range s {
		if o.kind != "trigger" || !written[strings.ToLower(o.table)] {
			continue
		}
		if want, ok := allowed[strings.ToLower(o.table)][o.name]; !ok || want != squeeze(o.sql) {
			return words.Errorf("store: %s: table %s has a trigger (%s) that Khoroo Map did not make; the file is refused", p.path, o.table, o.name)
		}
	}
	return nil
}

// squeeze lower-cases SQL text and collapses its white space, for
// comparing trigger texts.
func squeeze(sql string) string {
	return strings.ToLower(strings.Join(strings.Fields(sql), " "))
}
