package office

import "strings"

// schemaV7 makes the photo links' row-level security cost once per
// statement, as schemaV6 did for the annotations: version 5's policies
// on annotation_photos called writes_annotation, which calls writes_area,
// for every link written or removed. The same rule, an annotation of the
// three tables that the role may write, is stated with uncorrelated
// subqueries (a hashed SubPlan each, built once per statement). The
// reads policy still calls reads_annotation per row; the functions stay
// for analysts who call them.
var schemaV7 = `
ALTER POLICY adds ON annotation_photos WITH CHECK (` + writableAnnotation + `);
ALTER POLICY removes ON annotation_photos USING (` + writableAnnotation + `);`

// writableAnnotation is writes_annotation(annotation) as a policy
// expression.
var writableAnnotation = func() string {
	var ors []string
	for _, t := range []string{"service_points", "gap_points", "gap_areas"} {
		ors = append(ors, `annotation IN (SELECT id FROM public.`+t+` WHERE `+writesRule+`)`)
	}
	return strings.Join(ors, "\n\tOR ")
}()
