package office

// schemaV6 makes row-level security cost once per statement instead of
// once per row. The policies of version 2 called reads_khoroo and
// writes_area, SQL functions that PostgreSQL cannot inline (they set
// search_path), so every row a sync wrote or read ran their queries on
// leaders and offices again: 5,000 upserts by a leader took 0.83 s of
// server time against 0.13 s for a superuser. The same rules, written
// with uncorrelated subqueries, are evaluated once (an InitPlan for the
// city role, hashed SubPlans for the leader's and office's keys) and
// each row is a hash probe. The functions stay for analysts who call
// them.
var schemaV6 = fastPolicies("service_points") + fastPolicies("gap_points") + fastPolicies("gap_areas")

// readsRule is reads_khoroo(district, khoroo) as a policy expression:
// the city reads everything, a leader their khoroo, an office its khoroo
// or (khoroo null) its district.
const readsRule = `(SELECT pg_has_role(current_user, 'khoroomap_city', 'member'))
	OR (district, khoroo) IN (SELECT l.district, l.khoroo FROM public.leaders l WHERE l.role = current_user)
	OR (district, khoroo) IN (SELECT o.district, o.khoroo FROM public.offices o WHERE o.role = current_user)
	OR district IN (SELECT o.district FROM public.offices o WHERE o.role = current_user AND o.khoroo IS NULL)`

// writesRule is writes_area(district, khoroo, kheseg): a leader writes
// their kheseg, or their whole khoroo when leaders.kheseg is empty.
const writesRule = `(district, khoroo, kheseg) IN (SELECT l.district, l.khoroo, l.kheseg FROM public.leaders l WHERE l.role = current_user)
	OR (district, khoroo) IN (SELECT l.district, l.khoroo FROM public.leaders l WHERE l.role = current_user AND l.kheseg = '')`

// fastPolicies rewrites one annotation table's policies with readsRule
// and writesRule.
func fastPolicies(t string) string {
	return `
ALTER POLICY reads ON ` + t + ` USING (` + readsRule + `);
ALTER POLICY adds ON ` + t + ` WITH CHECK (` + writesRule + `);
ALTER POLICY edits ON ` + t + ` USING (` + writesRule + `) WITH CHECK (` + writesRule + `);`
}
