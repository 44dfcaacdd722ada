package office

import "strings"

// schemaV9 stops the photo links' reads policy from calling
// reads_annotation, an SQL function PostgreSQL cannot inline, for every
// link read (and, through the photos' reads policy, for every photo). The
// same rule, an annotation of the three tables that the reader reads
// (their own reads policies apply inside), is an index probe per link:
// each EXISTS is fenced with OFFSET 0 so that the planner does not swap
// it for a hash of every row the reader may read, which scans the whole
// tables once per statement. Measured on 200,000 service points and 967
// links read by a leader of their khoroo: the function 115–225 ms, the
// probes 22–37 ms, the hash 70–78 ms; by the city role: 111–150 ms,
// 26–52 ms, 210–490 ms (and a single photo's read 370–490 ms hashed,
// 0.2 ms probed). The function stays for analysts who call it.
var schemaV9 = `
ALTER POLICY reads ON annotation_photos USING (` + readableAnnotation + `);`

// readableAnnotation is reads_annotation(annotation) as a policy
// expression.
var readableAnnotation = func() string {
	var ors []string
	for _, t := range []string{"service_points", "gap_points", "gap_areas"} {
		ors = append(ors, `EXISTS (SELECT 1 FROM public.`+t+` a WHERE a.id = annotation OFFSET 0)`)
	}
	return strings.Join(ors, "\n\tOR ")
}()
