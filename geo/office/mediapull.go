package office

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// pullPhotos writes merged into the project, with the photos it shows
// that the project lacks, read from the server in chunks, all in the
// project's one transaction. What the server sends is outside input: a
// photo over maxPhotoBytes or MaxPixels, not a JPEG or PNG, or not the
// data its hash names is refused, and the project stays as it was.
func pullPhotos(ctx context.Context, conn *pgx.Conn, p *store.Project, merged *annot.Set, revs annot.Revisions, res *Result) error {
	missing, err := p.MissingPhotos(merged.PhotoIDs())
	switch {
	case err != nil:
		return err
	case len(missing) == 0:
		return p.Replace(merged, revs)
	}
	chunks, err := photoChunks(ctx, conn, missing)
	if err != nil {
		return err
	}
	got, bytes := 0, int64(0)
	progress(ctx, Progress{Stage: StagePhotosReceived, Total: len(missing)})
	err = p.ReplaceWithPhotos(merged, revs, func(put func(photo.Photo) error) error {
		for _, chunk := range chunks {
			if err := fetchPhotos(ctx, conn, chunk, func(ph photo.Photo) error {
				got, bytes = got+1, bytes+int64(len(ph.Data))
				if err := put(ph); err != nil {
					return err
				}
				progress(ctx, Progress{Stage: StagePhotosReceived, Done: got, Total: len(missing)})
				return fault("photo-received")
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		res.PhotosReceived, res.PhotoBytesReceived = got, bytes
	}
	return err
}

// photoChunks asks the server the size of each photo of ids and groups
// them into chunks of about photoChunk bytes. A photo the server does not
// give (absent, or not the reader's to see) or one over maxPhotoBytes is
// refused before any data comes.
func photoChunks(ctx context.Context, conn *pgx.Conn, ids []string) ([][]string, error) {
	rows, err := conn.Query(ctx, "SELECT sha256, size FROM photos WHERE sha256 = ANY($1::text[])", ids)
	if err != nil {
		return nil, fmt.Errorf("reading photos: %w", err)
	}
	sizes := map[string]int64{}
	var id string
	var size int64
	if _, err := pgx.ForEachRow(rows, []any{&id, &size}, func() error { sizes[id] = size; return nil }); err != nil {
		return nil, fmt.Errorf("reading photos: %w", err)
	}
	var chunks [][]string
	var sum int64
	for _, id := range ids {
		size, ok := sizes[id]
		switch {
		case !ok:
			return nil, fmt.Errorf("the server gives no photo %s that an annotation shows", id)
		case size > maxPhotoBytes:
			return nil, fmt.Errorf("photo %s: %d bytes is over the %d MB a photo may have", id, size, maxPhotoBytes>>20)
		case len(chunks) == 0 || sum+size > int64(photoChunk):
			chunks, sum = append(chunks, nil), 0
		}
		chunks[len(chunks)-1], sum = append(chunks[len(chunks)-1], id), sum+size
	}
	return chunks, nil
}

// fetchPhotos reads the photos ids from the server, checks each, and
// hands it to put.
func fetchPhotos(ctx context.Context, conn *pgx.Conn, ids []string, put func(photo.Photo) error) error {
	rows, err := conn.Query(ctx, `SELECT sha256, mime, name, width, height, taken, latitude, longitude, data
		FROM photos WHERE sha256 = ANY($1::text[]) AND octet_length(data) <= `+maxPhotoBytesSQL, ids)
	if err != nil {
		return fmt.Errorf("reading photos: %w", err)
	}
	var ph photo.Photo
	var taken *time.Time
	var lat, lon *float64
	n := 0
	_, err = pgx.ForEachRow(rows, []any{&ph.ID, &ph.ContentType, &ph.Name, &ph.Width, &ph.Height, &taken, &lat, &lon, &ph.Data}, func() error {
		n++
		ph.Taken, ph.HasGPS = time.Time{}, lat != nil && lon != nil
		if taken != nil {
			ph.Taken = taken.UTC()
		}
		if ph.HasGPS {
			ph.Lat, ph.Lon = *lat, *lon
		}
		if err := checkPhoto(ph); err != nil {
			return err
		}
		return put(ph)
	})
	if err == nil && n != len(ids) {
		err = fmt.Errorf("the server gave %d of %d photos asked for", n, len(ids))
	}
	return err
}

// checkPhoto refuses a photo from the server that is not a JPEG or PNG
// small enough to decode, or whose data is not its hash's.
func checkPhoto(ph photo.Photo) error {
	switch {
	case ph.ContentType != "image/jpeg" && ph.ContentType != "image/png":
		return fmt.Errorf("photo %s: %q is not a JPEG or PNG image", ph.ID, ph.ContentType)
	case photo.ID(ph.Data) != ph.ID:
		return fmt.Errorf("photo %s: its data is not the photo its SHA-256 names", ph.ID)
	}
	if err := photo.CheckSize(ph.Data); err != nil {
		return fmt.Errorf("photo %s: %w", ph.ID, err)
	}
	return nil
}
