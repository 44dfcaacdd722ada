package office

// schemaV2 is access: three group roles and row-level security.
//
//   - khoroomap_leader: a kheseg leader's login role is a member, with a
//     row in leaders (district, khoroo, and kheseg, empty for the whole
//     khoroo). They read their khoroo and write only their area's rows.
//   - khoroomap_office: a khoroo or district office's login role, with a
//     row in offices (khoroo null for the whole district); reads only.
//   - khoroomap_city: reads everything.
//
// The views run with the reader's rights (security_invoker), so their
// counts obey the same rules. Roles are the cluster's: created once, the
// first time any database is set up. The rule functions run with the
// caller's rights: current_user is the one syncing.
var schemaV2 = `
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khoroomap_leader') THEN CREATE ROLE khoroomap_leader NOLOGIN; END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khoroomap_office') THEN CREATE ROLE khoroomap_office NOLOGIN; END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'khoroomap_city') THEN CREATE ROLE khoroomap_city NOLOGIN; END IF;
END $$;

CREATE TABLE offices (
	role name PRIMARY KEY,
	district text NOT NULL,
	khoroo int);

CREATE FUNCTION reads_khoroo(d text, k int) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
	SELECT pg_has_role(current_user, 'khoroomap_city', 'member')
	    OR EXISTS (SELECT 1 FROM leaders WHERE role = current_user AND district = d AND khoroo = k)
	    OR EXISTS (SELECT 1 FROM offices WHERE role = current_user AND district = d AND (khoroo IS NULL OR khoroo = k)) $$;

CREATE FUNCTION writes_area(d text, k int, kh text) RETURNS boolean STABLE LANGUAGE sql SET search_path = public AS $$
	SELECT EXISTS (SELECT 1 FROM leaders WHERE role = current_user AND district = d AND khoroo = k AND (kheseg = '' OR kheseg = kh)) $$;
` + policies("service_points") + policies("gap_points") + policies("gap_areas") + `
GRANT SELECT ON districts, khoroos, kheseg, ger_areas, categories, revisions, leaders, offices, khoroomap_migrations,
	khoroo_category_counts, district_category_counts, open_gaps_by_severity, last_sync_per_leader
	TO khoroomap_leader, khoroomap_office, khoroomap_city;
GRANT SELECT ON sync_log TO khoroomap_office, khoroomap_city;
GRANT INSERT, UPDATE ON revisions TO khoroomap_leader;
GRANT INSERT ON sync_log TO khoroomap_leader, khoroomap_office, khoroomap_city;
GRANT USAGE ON SEQUENCE sync_log_id_seq TO khoroomap_leader, khoroomap_office, khoroomap_city;
GRANT USAGE ON SEQUENCE change_seq TO khoroomap_leader;
ALTER VIEW khoroo_category_counts SET (security_invoker = true);
ALTER VIEW district_category_counts SET (security_invoker = true);
ALTER VIEW open_gaps_by_severity SET (security_invoker = true);
`

// policies is one annotation table's row-level security.
func policies(t string) string {
	return `
ALTER TABLE ` + t + ` ENABLE ROW LEVEL SECURITY;
CREATE POLICY reads ON ` + t + ` FOR SELECT USING (reads_khoroo(district, khoroo));
CREATE POLICY adds ON ` + t + ` FOR INSERT WITH CHECK (writes_area(district, khoroo, kheseg));
CREATE POLICY edits ON ` + t + ` FOR UPDATE USING (writes_area(district, khoroo, kheseg)) WITH CHECK (writes_area(district, khoroo, kheseg));
GRANT SELECT ON ` + t + ` TO khoroomap_leader, khoroomap_office, khoroomap_city;
GRANT INSERT, UPDATE ON ` + t + ` TO khoroomap_leader;`
}
