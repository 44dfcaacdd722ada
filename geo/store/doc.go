// Package store keeps a project in a GeoPackage file: the OGC standard
// SQLite format that QGIS and GDAL open. A project holds boundary layers
// (one feature table each), service points, gap points and gap areas,
// plus attribute tables for categories, settings, layer styles and the
// past revisions of each annotation (its current one is in its row), which
// merging uses to tell an edit made in one copy from one made in both.
//
// Every edit is its own transaction, written with a rollback journal and
// full syncs: a crash or power cut at any moment leaves the last committed
// edit on disk, and the file stays one self-contained .gpkg a leader can
// copy to a USB stick. New files (Create, SaveAs, merges) are written
// beside their destination and renamed into place, never half-written.
//
// Every file opened is treated as a stranger's: Open checks its schema
// (tables, not views; the expected columns and types; layers naming
// boundary tables only; no triggers but the standard R-tree ones) before
// reading anything, and names read from a file reach SQL only quoted as
// identifiers, after they were found in its schema. Feature tables carry
// the GeoPackage R-tree index; boundary properties are typed columns
// whose original names are kept in gpkg_data_columns.
package store
