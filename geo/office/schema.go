package office

// migrations is the schema, oldest step first. Version 1:
//
//   - boundary layers: districts (code), khoroos keyed by (district,
//     number), kheseg keyed by (district, khoroo, number), ger_areas;
//   - annotations: service_points, gap_points, gap_areas, each with the
//     project's UUID and revision, the place keys (district, khoroo,
//     kheseg), review, a deleted flag (a tombstone, so a deletion syncs)
//     and change_seq, a database-wide counter a leader pulls from;
//   - categories, the revisions history (every version pushed), leaders
//     (a database role's area) and sync_log; a revision's body is the
//     annotation as pushed at that revision (null for one known only by
//     its ID, from a copy that never had its content);
//   - views for analysts: khoroo_category_counts,
//     district_category_counts, open_gaps_by_severity, last_sync_per_leader.
//
// Every geometry is geometry(…, 4326) with a GIST index, so QGIS and
// GDAL list each table as a layer.
var migrations = []migration{
	{Version: 1, Note: "boundaries, annotations, revisions, analyst views", SQL: schemaV1},
	{Version: 2, Note: "leader, office and city roles; row-level security", SQL: schemaV2},
	{Version: 3, Note: "pull cursor: change_xid per row, office_identity", SQL: schemaV3},
	{Version: 4, Note: "categories sync: modified, leaders write", SQL: schemaV4},
	{Version: 5, Note: "photo sync: photos by SHA-256, annotation_photos; offices and the city write boundaries", SQL: schemaV5},
	{Version: 6, Note: "row-level security evaluated once per statement", SQL: schemaV6},
	{Version: 7, Note: "photo links: row-level security evaluated once per statement", SQL: schemaV7},
	{Version: 8, Note: "phone forms' column mappings: phone_form_mappings", SQL: schemaV8},
	{Version: 9, Note: "photo links' reads: no function call per row", SQL: schemaV9},
}

const schemaV1 = `
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SEQUENCE change_seq;

CREATE TABLE districts (
	code text PRIMARY KEY,
	name text NOT NULL DEFAULT '',
	geom geometry(MultiPolygon, 4326));
CREATE INDEX districts_geom ON districts USING gist (geom);

CREATE TABLE khoroos (
	district text NOT NULL,
	number int NOT NULL CHECK (number > 0),
	name text NOT NULL DEFAULT '',
	population int CHECK (population >= 0),
	geom geometry(MultiPolygon, 4326) NOT NULL,
	PRIMARY KEY (district, number));
CREATE INDEX khoroos_geom ON khoroos USING gist (geom);

CREATE TABLE kheseg (
	district text NOT NULL,
	khoroo int NOT NULL,
	number int NOT NULL CHECK (number > 0),
	name text NOT NULL DEFAULT '',
	geom geometry(MultiPolygon, 4326) NOT NULL,
	PRIMARY KEY (district, khoroo, number),
	FOREIGN KEY (district, khoroo) REFERENCES khoroos);
CREATE INDEX kheseg_geom ON kheseg USING gist (geom);

CREATE TABLE ger_areas (
	id bigserial PRIMARY KEY,
	district text NOT NULL,
	khoroo int NOT NULL,
	name text NOT NULL DEFAULT '',
	geom geometry(MultiPolygon, 4326) NOT NULL,
	FOREIGN KEY (district, khoroo) REFERENCES khoroos);
CREATE INDEX ger_areas_geom ON ger_areas USING gist (geom);

CREATE TABLE categories (
	id text PRIMARY KEY,
	name_mn text NOT NULL,
	name_en text NOT NULL,
	symbol text NOT NULL DEFAULT '',
	color text NOT NULL DEFAULT '',
	hidden boolean NOT NULL DEFAULT false);

CREATE FUNCTION bump_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.change_seq := nextval('change_seq');
	NEW.synced_by := current_user;
	RETURN NEW;
END $$;

CREATE TABLE service_points (
	id uuid PRIMARY KEY,
	rev uuid NOT NULL,
	district text NOT NULL DEFAULT '',
	khoroo int,
	khoroo_name text NOT NULL DEFAULT '',
	kheseg text NOT NULL DEFAULT '',
	ger_area text NOT NULL DEFAULT '',
	category text NOT NULL,
	name text NOT NULL DEFAULT '',
	status text NOT NULL CHECK (status IN ('working', 'broken', 'planned', 'closed')),
	notes text NOT NULL DEFAULT '',
	observed date,
	recorded_by text NOT NULL DEFAULT '',
	created timestamptz NOT NULL,
	modified timestamptz NOT NULL,
	author text NOT NULL DEFAULT '',
	review text NOT NULL DEFAULT '',
	deleted boolean NOT NULL DEFAULT false,
	synced_by text NOT NULL DEFAULT current_user,
	change_seq bigint NOT NULL DEFAULT nextval('change_seq'),
	geom geometry(Point, 4326) NOT NULL);

CREATE TABLE gap_points (
	id uuid PRIMARY KEY,
	rev uuid NOT NULL,
	district text NOT NULL DEFAULT '',
	khoroo int,
	khoroo_name text NOT NULL DEFAULT '',
	kheseg text NOT NULL DEFAULT '',
	ger_area text NOT NULL DEFAULT '',
	kind text NOT NULL CHECK (kind IN ('missing_service', 'unsafe_place', 'flooding', 'no_lighting', 'waste_dump', 'bad_road', 'other')),
	service text NOT NULL DEFAULT '',
	severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
	status text NOT NULL CHECK (status IN ('open', 'raised', 'in_progress', 'resolved')),
	notes text NOT NULL DEFAULT '',
	raised_by text NOT NULL DEFAULT '',
	raised date,
	created timestamptz NOT NULL,
	modified timestamptz NOT NULL,
	author text NOT NULL DEFAULT '',
	review text NOT NULL DEFAULT '',
	deleted boolean NOT NULL DEFAULT false,
	synced_by text NOT NULL DEFAULT current_user,
	change_seq bigint NOT NULL DEFAULT nextval('change_seq'),
	geom geometry(Point, 4326) NOT NULL);

CREATE TABLE gap_areas (LIKE gap_points INCLUDING DEFAULTS INCLUDING CONSTRAINTS, PRIMARY KEY (id));
ALTER TABLE gap_areas ALTER COLUMN geom TYPE geometry(Polygon, 4326);

CREATE TABLE revisions (
	id uuid NOT NULL,
	rev uuid NOT NULL,
	body jsonb,
	pushed_by text NOT NULL DEFAULT current_user,
	pushed_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (id, rev));

CREATE TABLE leaders (
	role name PRIMARY KEY,
	display_name text NOT NULL DEFAULT '',
	district text NOT NULL,
	khoroo int,
	kheseg text NOT NULL DEFAULT '');

CREATE TABLE sync_log (
	id bigserial PRIMARY KEY,
	leader name NOT NULL DEFAULT current_user,
	project uuid NOT NULL,
	started timestamptz NOT NULL,
	finished timestamptz NOT NULL DEFAULT now(),
	pushed int NOT NULL DEFAULT 0,
	pulled int NOT NULL DEFAULT 0,
	conflicts int NOT NULL DEFAULT 0);
` + annotationIndexes + analystViews

const annotationIndexes = `
CREATE INDEX service_points_geom ON service_points USING gist (geom);
CREATE INDEX gap_points_geom ON gap_points USING gist (geom);
CREATE INDEX gap_areas_geom ON gap_areas USING gist (geom);
CREATE INDEX service_points_seq ON service_points (change_seq);
CREATE INDEX gap_points_seq ON gap_points (change_seq);
CREATE INDEX gap_areas_seq ON gap_areas (change_seq);
CREATE INDEX service_points_place ON service_points (district, khoroo);
CREATE INDEX gap_points_place ON gap_points (district, khoroo);
CREATE INDEX gap_areas_place ON gap_areas (district, khoroo);
CREATE TRIGGER service_points_seq BEFORE INSERT OR UPDATE ON service_points FOR EACH ROW EXECUTE FUNCTION bump_change_seq();
CREATE TRIGGER gap_points_seq BEFORE INSERT OR UPDATE ON gap_points FOR EACH ROW EXECUTE FUNCTION bump_change_seq();
CREATE TRIGGER gap_areas_seq BEFORE INSERT OR UPDATE ON gap_areas FOR EACH ROW EXECUTE FUNCTION bump_change_seq();
`

const analystViews = `
CREATE VIEW khoroo_category_counts AS
	SELECT district, khoroo, category, count(*) AS points
	FROM service_points WHERE NOT deleted
	GROUP BY district, khoroo, category;

CREATE VIEW district_category_counts AS
	SELECT district, category, count(*) AS points
	FROM service_points WHERE NOT deleted
	GROUP BY district, category;

CREATE VIEW open_gaps_by_severity AS
	SELECT district, khoroo, severity, count(*) AS gaps
	FROM (SELECT district, khoroo, severity FROM gap_points WHERE NOT deleted AND status <> 'resolved'
	      UNION ALL
	      SELECT district, khoroo, severity FROM gap_areas WHERE NOT deleted AND status <> 'resolved') g
	GROUP BY district, khoroo, severity;

CREATE VIEW last_sync_per_leader AS
	SELECT s.leader, l.display_name, l.district, l.khoroo, max(s.finished) AS last_sync,
	       count(*) AS syncs, sum(s.pushed) AS pushed, sum(s.pulled) AS pulled
	FROM sync_log s LEFT JOIN leaders l ON l.role = s.leader
	GROUP BY s.leader, l.display_name, l.district, l.khoroo;
`
