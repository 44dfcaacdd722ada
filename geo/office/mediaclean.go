package office

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// PhotoGrace is how long the server keeps a photo linked to no
// annotation: a sync cancelled after sending photos finishes within it,
// linking them, without sending them again.
const PhotoGrace = 24 * time.Hour

// photoLock is the advisory lock between syncs and CleanPhotos: a sync
// that writes photos holds it shared from asking which photos the server
// lacks until its session ends (after the links are written); the
// cleanup takes it alone, or does not run.
const photoLock = "khoroomap photos"

// Cleaned says what CleanPhotos did.
type Cleaned struct {
	// Removed is how many photos were removed, Bytes their data's size.
	Removed int
	Bytes   int64
	// Busy is set when syncs were sending or linking photos: nothing was
	// removed, and the cleanup should run again later.
	Busy bool
}

// CleanPhotos removes from the office database at connString the photos
// no annotation links that were sent more than grace ago (left by syncs
// cancelled after sending them, or unlinked since). It never removes a
// photo a running sync is about to link: while any sync holds the photo
// lock it removes nothing and says Busy. It needs a role that may delete
// photos (the database's owner, as db-init runs); leaders' roles may not.
func CleanPhotos(ctx context.Context, connString string, grace time.Duration) (Cleaned, error) {
	conn, err := Connect(ctx, connString)
	if err != nil {
		return Cleaned{}, err
	}
	defer conn.Close(context.Background())
	var c Cleaned
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		var alone bool
		if err := tx.QueryRow(ctx, "SELECT pg_try_advisory_xact_lock(hashtext($1))", photoLock).Scan(&alone); err != nil || !alone {
			c.Busy = !alone
			return err
		}
		return tx.QueryRow(ctx, `WITH gone AS (DELETE FROM photos p WHERE pushed_at < now() - $1::interval
			AND NOT EXISTS (SELECT 1 FROM annotation_photos a WHERE a.photo = p.sha256) RETURNING size)
			SELECT count(*), coalesce(sum(size), 0) FROM gone`, grace).Scan(&c.Removed, &c.Bytes)
	})
	if err != nil {
		return Cleaned{}, fmt.Errorf("office: %s: removing the photos no annotation links: %w", Redact(connString), err)
	}
	return c, nil
}

// holdPhotos takes the photo lock shared for the rest of conn's session,
// so that CleanPhotos leaves the photos this sync relies on.
func holdPhotos(ctx context.Context, conn *pgx.Conn) error {
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock_shared(hashtext($1))", photoLock); err != nil {
		return fmt.Errorf("waiting for the photo cleanup: %w", err)
	}
	return nil
}
