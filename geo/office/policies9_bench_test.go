package office

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

// BenchmarkPhotoLinksRead: the photo links of one khoroo's service
// points (every one of district D0's khoroo 1 has a photo; a tenth of
// the city's points too), read back as a sync reads them, by the
// khoroo's leader and by the city role, under row-level security: the
// reads policy of version 9 (an index probe per link), and as a baseline
// version 5's (a call of reads_annotation per link), put back in the
// benchmark's transaction.
func BenchmarkPhotoLinksRead(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	admin := connect(b, db)
	var ids []string
	if _, err := admin.Exec(ctx, `INSERT INTO photos (sha256, data, mime, size) VALUES (encode(sha256('\xffd8'::bytea), 'hex'), '\xffd8', 'image/jpeg', 2);
		INSERT INTO annotation_photos SELECT id, 0, encode(sha256('\xffd8'::bytea), 'hex') FROM service_points
		WHERE (district = 'D0' AND khoroo = 1) OR hashtext(id::text) % 10 = 0; ANALYZE`); err != nil {
		b.Fatal(err)
	}
	rows, err := admin.Query(ctx, "SELECT id::text FROM service_points WHERE district = 'D0' AND khoroo = 1")
	if err == nil {
		ids, err = pgx.CollectRows(rows, pgx.RowTo[string])
	}
	if err != nil {
		b.Fatal(err)
	}
	roles := map[string]string{
		"leader": roleOf(b, loginRole(b, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'D0', 1)")),
		"city":   roleOf(b, loginRole(b, db, "khoroomap_city", "SELECT 1")),
	}
	for _, policy := range []string{"probe", "function"} {
		for _, who := range []string{"leader", "city"} {
			b.Run(policy+"/"+who, func(b *testing.B) {
				readLinksAs(b, admin, roles[who], policy == "function", ids)
			})
		}
	}
}

// readLinksAs reads the links of ids b.N times as role, in a transaction
// of admin's that is rolled back; function puts back version 5's reads
// policy first.
func readLinksAs(b *testing.B, admin *pgx.Conn, role string, function bool, ids []string) {
	ctx := context.Background()
	tx, err := admin.Begin(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if function {
		if _, err := tx.Exec(ctx, "ALTER POLICY reads ON annotation_photos USING (reads_annotation(annotation))"); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := tx.Exec(ctx, "SET LOCAL ROLE "+role); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var n int
		if err := tx.QueryRow(ctx, "SELECT count(*) FROM annotation_photos WHERE annotation = ANY($1::uuid[])", ids).Scan(&n); err != nil || n != len(ids) {
			b.Fatalf("read %d links of %d (%v)", n, len(ids), err)
		}
	}
	b.ReportMetric(float64(len(ids)), "links")
}
