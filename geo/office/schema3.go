package office

// schemaV3 is the pull cursor. Every annotation row carries change_xid,
// the 64-bit ID of the transaction that last wrote it (set by the same
// trigger as change_seq). A sync remembers its transaction's snapshot and
// ID; the next one reads only the area's rows whose change_xid that
// snapshot did not see and that transaction did not write. Unlike
// change_seq, drawn before a transaction commits and so visible out of
// order, a snapshot never skips a row committed late.
//
// office_identity names the database, so a project keeps one cursor per
// office database (and per role and area).
var schemaV3 = `
CREATE TABLE office_identity (
	id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	made timestamptz NOT NULL DEFAULT now());
INSERT INTO office_identity DEFAULT VALUES;
GRANT SELECT ON office_identity TO khoroomap_leader, khoroomap_office, khoroomap_city;

CREATE OR REPLACE FUNCTION bump_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.change_seq := nextval('change_seq');
	NEW.change_xid := pg_current_xact_id();
	NEW.synced_by := current_user;
	RETURN NEW;
END $$;
` + xidColumn("service_points") + xidColumn("gap_points") + xidColumn("gap_areas")

// xidColumn adds change_xid and its index to one annotation table.
func xidColumn(t string) string {
	return `
ALTER TABLE ` + t + ` ADD COLUMN change_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX ` + t + `_xid ON ` + t + ` (change_xid);`
}
