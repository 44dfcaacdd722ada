// Package office is the office database: one PostgreSQL/PostGIS database
// that a khoroo office, a district or the city shares, which every
// leader's project syncs with. Init creates and upgrades its schema by
// versioned migrations (see schema.go for the tables and views).
//
// Connection strings are libpq's, in URL or keyword form, with its
// environment variables (PGPASSWORD, PGSSLMODE…) and ~/.pgpass; the
// driver is pure Go (jackc/pgx), so the Windows build needs no libpq.
package office
