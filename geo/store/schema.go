package store

// The GeoPackage 1.3 header values (PRAGMA application_id and
// user_version).
const (
	gpkgApplicationID = 0x47504B47 // "GPKG"
	gpkgUserVersion   = 10300
)

// Table names of a project.
const (
	tablePoints     = "service_points"
	tableGapPoints  = "gap_points"
	tableGapAreas   = "gap_areas"
	tableCategories = "categories"
	tableSettings   = "settings"
	tableLayers     = "layers"
	tableRevisions  = "revisions"
)

const wgs84WKT = `GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]`

// coreSchema is what every GeoPackage has.
var coreSchema = []string{
	`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
		organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
		definition TEXT NOT NULL, description TEXT)`,
	`INSERT INTO gpkg_spatial_ref_sys VALUES
		('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
		('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
		('WGS 84 geodetic', 4326, 'EPSG', 4326, '` + wgs84WKT + `', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')`,
	`CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
		identifier TEXT UNIQUE, description TEXT DEFAULT '',
		last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
		min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
		CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))`,
	`CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
		geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
		CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
		CONSTRAINT uk_gc_table_name UNIQUE (table_name),
		CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
		CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))`,
}

// annotationColumns are the columns shared by points and gaps, after fid
// and geom.
const metaColumns = `khoroo TEXT, kheseg TEXT, ger_area TEXT, khoroo_key TEXT, district TEXT,
	created DATETIME NOT NULL, modified DATETIME NOT NULL, author TEXT, rev TEXT NOT NULL, review TEXT`

// featureTables are the annotation layers: name, geometry type, columns.
var featureTables = []struct{ name, geom, identifier, columns string }{
	{tablePoints, "POINT", "Service points", `uuid TEXT NOT NULL UNIQUE, category TEXT NOT NULL, name TEXT,
		status TEXT NOT NULL, notes TEXT, observed DATE, recorded_by TEXT, ` + metaColumns},
	{tableGapPoints, "POINT", "Gaps (points)", gapColumns},
	{tableGapAreas, "POLYGON", "Gaps (areas)", gapColumns},
}

const gapColumns = `uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, service TEXT, severity TEXT NOT NULL,
	status TEXT NOT NULL, notes TEXT, raised_by TEXT, raised DATE, ` + metaColumns

// attributeTables are the project's non-spatial tables.
var attributeTables = []struct{ name, identifier, columns string }{
	{tableCategories, "Categories", `id TEXT NOT NULL UNIQUE, name_mn TEXT, name_en TEXT, symbol TEXT NOT NULL,
		colour TEXT NOT NULL, hidden BOOLEAN NOT NULL DEFAULT 0, position INTEGER NOT NULL, modified DATETIME`},
	{tableSettings, "Project settings", `key TEXT NOT NULL UNIQUE, value TEXT`},
	{tableLayers, "Boundary layers", `table_name TEXT NOT NULL UNIQUE, title TEXT, source TEXT, format TEXT,
		kind TEXT NOT NULL, role TEXT NOT NULL, name_field TEXT, colour TEXT, hidden BOOLEAN NOT NULL DEFAULT 0,
		position INTEGER NOT NULL, attribution TEXT`},
	{tableRevisions, "Annotation revisions", `uuid TEXT NOT NULL, rev TEXT NOT NULL, modified DATETIME,
		UNIQUE (uuid, rev)`},
}
