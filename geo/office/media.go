package office

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// photoChunk bounds the photo bytes of one upload transaction or one
// download query, so that a 150 MB project's first sync is many small
// statements, each committed: cut, it resumes after the last one.
var photoChunk = 8 << 20

const putPhotoSQL = `INSERT INTO photos (sha256, data, mime, size, name, width, height, taken, latitude, longitude)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (sha256) DO NOTHING`

// pushPhotos sends the photos the project's annotations show that the
// server lacks (it asks with their hashes first), each chunk in a
// transaction of its own, before the sync's transaction links them. A
// role that may not write photos sends none.
func pushPhotos(ctx context.Context, conn *pgx.Conn, p *store.Project, local *annot.Set, res *Result) error {
	var has, writes bool
	err := conn.QueryRow(ctx, "SELECT to_regclass('annotation_photos') IS NOT NULL, to_regclass('photos') IS NOT NULL AND has_table_privilege('photos', 'INSERT')").Scan(&has, &writes)
	switch {
	case err != nil:
		return err
	case !has:
		return errors.New("the office database is at an older schema, without photos: run khoroomap db-init -db … on it first")
	case !writes:
		return nil
	}
	var missing []string
	rows, err := conn.Query(ctx, "SELECT missing_photos($1::text[])", local.PhotoIDs())
	if err == nil {
		missing, err = pgx.CollectRows(rows, pgx.RowTo[string])
	}
	if err != nil {
		return fmt.Errorf("asking which photos the server lacks: %w", err)
	}
	for len(missing) > 0 {
		b, size := &pgx.Batch{}, 0
		for len(missing) > 0 && (size == 0 || size < photoChunk) {
			ph, err := p.Photo(missing[0])
			if err != nil {
				return err
			}
			b.Queue(putPhotoSQL, ph.ID, ph.Data, ph.ContentType, len(ph.Data), ph.Name, ph.Width, ph.Height, taken(ph), lat(ph), lon(ph))
			size += len(ph.Data)
			missing = missing[1:]
		}
		if err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error { return runBatch(ctx, tx, b) }); err != nil {
			return fmt.Errorf("sending photos: %w", err)
		}
		res.PhotosSent, res.PhotoBytesSent = res.PhotosSent+b.Len(), res.PhotoBytesSent+int64(size)
		if err := fault("photos-sent"); err != nil {
			return err
		}
	}
	return nil
}

func taken(ph photo.Photo) any {
	if ph.Taken.IsZero() {
		return nil
	}
	return ph.Taken
}

func lat(ph photo.Photo) any {
	if !ph.HasGPS {
		return nil
	}
	return ph.Lat
}

func lon(ph photo.Photo) any {
	if !ph.HasGPS {
		return nil
	}
	return ph.Lon
}
