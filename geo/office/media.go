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
// photo the project's checks or the server refuse is left out and noted
// in res.Unsent; the rest go. A role that may not write photos sends
// none. It holds the photo lock (see CleanPhotos) for the rest of the
// session. It returns the photos left out.
func pushPhotos(ctx context.Context, conn *pgx.Conn, p *store.Project, local *annot.Set, res *Result) (unsent, error) {
	var has, writes bool
	err := conn.QueryRow(ctx, "SELECT to_regclass('annotation_photos') IS NOT NULL, to_regclass('photos') IS NOT NULL AND has_table_privilege('photos', 'INSERT')").Scan(&has, &writes)
	switch {
	case err != nil:
		return nil, err
	case !has:
		return nil, errors.New("the office database is at an older schema, without photos: run khoroomap db-init -db … on it first")
	case !writes:
		return nil, nil
	}
	if err := holdPhotos(ctx, conn); err != nil {
		return nil, err
	}
	var missing []string
	rows, err := conn.Query(ctx, "SELECT missing_photos($1::text[])", local.PhotoIDs())
	if err == nil {
		missing, err = pgx.CollectRows(rows, pgx.RowTo[string])
	}
	if err != nil {
		return nil, fmt.Errorf("asking which photos the server lacks: %w", err)
	}
	progress(ctx, Progress{Stage: StagePhotosSent, Total: len(missing)})
	skip, total := unsent{}, len(missing)
	for ; len(missing) > 0; progress(ctx, Progress{Stage: StagePhotosSent, Done: total - len(missing), Total: total}) {
		var chunk []photo.Photo
		if chunk, missing, err = nextChunk(p, missing, skip); err != nil {
			return nil, err
		}
		if err := sendPhotos(ctx, conn, chunk, skip, res); err != nil {
			return nil, err
		}
		if err := fault("photos-sent"); err != nil {
			return nil, err
		}
	}
	res.Unsent = skip.lines(local)
	return skip, nil
}

// nextChunk reads the first photos of ids, about photoChunk bytes of
// them, leaving out (in skip) those not fit to send. It returns them and
// the ids left.
func nextChunk(p *store.Project, ids []string, skip unsent) ([]photo.Photo, []string, error) {
	var chunk []photo.Photo
	for size := 0; len(ids) > 0 && (size == 0 || size < photoChunk); ids = ids[1:] {
		ph, ok, err := readSendable(p, ids[0], skip)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			chunk, size = append(chunk, ph), size+len(ph.Data)
		}
	}
	return chunk, ids, nil
}

// sendPhotos stores chunk on the server in one transaction. When the
// server refuses a row, each photo goes in a transaction of its own and
// those it refuses are left out (in skip).
func sendPhotos(ctx context.Context, conn *pgx.Conn, chunk []photo.Photo, skip unsent, res *Result) error {
	err := putPhotos(ctx, conn, chunk, res)
	if _, refused := refusedByServer(err); !refused {
		return err
	}
	for _, ph := range chunk {
		if err := putPhotos(ctx, conn, []photo.Photo{ph}, res); err != nil && !sendRefused(ph, err, skip) {
			return err
		}
	}
	return nil
}

// sendRefused notes ph in skip when err is the server refusing it.
func sendRefused(ph photo.Photo, err error, skip unsent) bool {
	why, refused := refusedByServer(err)
	if refused {
		skip[ph.ID] = UnsentPhoto{Photo: ph.ID, Name: ph.Name, Why: PhotoRefused, Detail: why}
	}
	return refused
}

// putPhotos stores phs on the server in one transaction and counts them
// in res.
func putPhotos(ctx context.Context, conn *pgx.Conn, phs []photo.Photo, res *Result) error {
	b, size := &pgx.Batch{}, 0
	for _, ph := range phs {
		b.Queue(putPhotoSQL, ph.ID, ph.Data, ph.ContentType, len(ph.Data), ph.Name, ph.Width, ph.Height, taken(ph), lat(ph), lon(ph))
		size += len(ph.Data)
	}
	if b.Len() == 0 {
		return nil
	}
	if err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error { return runBatch(ctx, tx, b) }); err != nil {
		return fmt.Errorf("sending photos: %w", err)
	}
	res.PhotosSent, res.PhotoBytesSent = res.PhotosSent+b.Len(), res.PhotoBytesSent+int64(size)
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
