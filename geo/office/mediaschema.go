package office

// schemaV5 is photo sync. photos holds each photo once, keyed by the
// SHA-256 of its data, which the server checks, as are its type and size:
// a photo row is whole or absent. The data is stored out of line without
// compression (JPEG does not compress). annotation_photos lists an
// annotation's photos in order (the annotation is in service_points,
// gap_points or gap_areas; a photo two annotations show is stored once).
//
// Access follows the annotations': a leader links photos only to
// annotations of their area and reads the links of what they read; a
// photo is read through a link the reader sees (or by who sent it).
// Leaders send photos before the sync's transaction, so that a long
// upload resumes; missing_photos tells which of a list of hashes the
// server lacks without showing any photo.
//
// The same step lets offices and the city (not leaders) write the
// boundary layers, which their projects' syncs push.
var schemaV5 = `
CREATE TABLE photos (
	sha256 text PRIMARY KEY,
	data bytea NOT NULL,
	mime text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
	size int NOT NULL CHECK (size BETWEEN 1 AND ` + maxPhotoBytesSQL + `),
	name text NOT NULL DEFAULT '',
	width int NOT NULL DEFAULT 0,
	height int NOT NULL DEFAULT 0,
	taken timestamptz,
	latitude double precision,
	longitude double precision,
	pushed_by text NOT NULL DEFAULT current_user,
	pushed_at timestamptz NOT NULL DEFAULT now(),
	CHECK (size = octet_length(data)),
	CHECK (sha256 = encode(sha256(data), 'hex')));
ALTER TABLE photos ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE annotation_photos (
	annotation uuid NOT NULL,
	position int NOT NULL CHECK (position >= 0),
	photo text NOT NULL REFERENCES photos,
	PRIMARY KEY (annotation, position));
CREATE INDEX annotation_photos_photo ON annotation_photos (photo);

CREATE FUNCTION missing_photos(want text[]) RETURNS SETOF text STABLE LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
	SELECT w FROM unnest(want) w WHERE NOT EXISTS (SELECT 1 FROM photos p WHERE p.sha256 = w) $$;

CREATE FUNCTION reads_annotation(a uuid) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
	SELECT EXISTS (SELECT 1 FROM service_points WHERE id = a)
	    OR EXISTS (SELECT 1 FROM gap_points WHERE id = a)
	    OR EXISTS (SELECT 1 FROM gap_areas WHERE id = a) $$;

CREATE FUNCTION writes_annotation(a uuid) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
	SELECT EXISTS (SELECT 1 FROM service_points WHERE id = a AND writes_area(district, khoroo, kheseg))
	    OR EXISTS (SELECT 1 FROM gap_points WHERE id = a AND writes_area(district, khoroo, kheseg))
	    OR EXISTS (SELECT 1 FROM gap_areas WHERE id = a AND writes_area(district, khoroo, kheseg)) $$;

ALTER TABLE annotation_photos ENABLE ROW LEVEL SECURITY;
CREATE POLICY reads ON annotation_photos FOR SELECT USING (reads_annotation(annotation));
CREATE POLICY adds ON annotation_photos FOR INSERT WITH CHECK (writes_annotation(annotation));
CREATE POLICY removes ON annotation_photos FOR DELETE USING (writes_annotation(annotation));

ALTER TABLE photos ENABLE ROW LEVEL SECURITY;
CREATE POLICY reads ON photos FOR SELECT USING (pushed_by = current_user OR EXISTS (SELECT 1 FROM annotation_photos r WHERE r.photo = sha256));
CREATE POLICY adds ON photos FOR INSERT WITH CHECK (pushed_by = current_user);

GRANT SELECT ON photos, annotation_photos TO khoroomap_leader, khoroomap_office, khoroomap_city;
GRANT INSERT ON photos TO khoroomap_leader;
GRANT INSERT, DELETE ON annotation_photos TO khoroomap_leader;
GRANT INSERT, UPDATE ON districts, khoroos TO khoroomap_office, khoroomap_city;
`

// maxPhotoBytes bounds one photo's data, sent or received (imported
// photos are reduced to 1600 pixels a side, far below it).
const (
	maxPhotoBytes    = 32 << 20
	maxPhotoBytesSQL = "33554432"
)
