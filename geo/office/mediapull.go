package office

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// pullPhotos writes merged into the project, with the photos it shows
// that the project lacks, read from the server in chunks, all in the
// project's one transaction. What the server sends is outside input: a
// photo over maxPhotoBytes or MaxPixels, not a JPEG or PNG, not the data
// its hash names, or not given at all is refused, and the annotations
// showing it come in without it (see RefusedPhoto): the pull goes on.
// res.Refused gets a line for each, after those it holds that still
// stand, and the same transaction keeps the list under key.
func pullPhotos(ctx context.Context, conn *pgx.Conn, p *store.Project, merged *annot.Set, revs annot.Revisions, res *Result, key string) error {
	keep := func() (string, string) { return key, refusedJSON(res.Refused) }
	missing, err := p.MissingPhotos(merged.PhotoIDs())
	switch {
	case err != nil:
		return err
	case len(missing) == 0:
		res.Refused = slices.DeleteFunc(res.Refused, shownIn(merged))
		return p.ReplaceWithPhotos(merged, revs, nil, keep)
	}
	chunks, refused, err := photoChunks(ctx, conn, missing)
	if err != nil {
		return err
	}
	got, done, bytes := 0, len(refused), int64(0)
	progress(ctx, Progress{Stage: StagePhotosReceived, Done: done, Total: len(missing)})
	err = p.ReplaceWithPhotos(merged, revs, func(put func(photo.Photo) error) error {
		for _, chunk := range chunks {
			if err := fetchPhotos(ctx, conn, chunk, refused, func(ph photo.Photo) error {
				done++
				if u, ok := verdict(ph); !ok {
					refused[ph.ID] = u
				} else if err := put(ph); err != nil {
					return err
				} else {
					got, bytes = got+1, bytes+int64(len(ph.Data))
				}
				progress(ctx, Progress{Stage: StagePhotosReceived, Done: done, Total: len(missing)})
				return fault("photo-received")
			}); err != nil {
				return err
			}
		}
		// The project compares merged with what it holds after this
		// returns: the annotations come in without the refused photos.
		lines := refused.lines(merged)
		leaveOut(merged, refused)
		res.Refused = addRefused(slices.DeleteFunc(res.Refused, shownIn(merged)), lines)
		return nil
	}, keep)
	res.PhotosReceived, res.PhotoBytesReceived = got, bytes
	return err
}

// photoChunks asks the server the size of each photo of ids and groups
// them into chunks of about photoChunk bytes. A photo the server does not
// give (absent, or not the reader's to see) or one over maxPhotoBytes is
// refused before any data comes: it is in no chunk, and in refused.
func photoChunks(ctx context.Context, conn *pgx.Conn, ids []string) ([][]string, unsent, error) {
	rows, err := conn.Query(ctx, "SELECT sha256, octet_length(data), name FROM photos WHERE sha256 = ANY($1::text[])", ids)
	if err != nil {
		return nil, nil, fmt.Errorf("reading photos: %w", err)
	}
	sizes, names := map[string]int64{}, map[string]string{}
	var id, name string
	var size int64
	if _, err := pgx.ForEachRow(rows, []any{&id, &size, &name}, func() error { sizes[id], names[id] = size, name; return nil }); err != nil {
		return nil, nil, fmt.Errorf("reading photos: %w", err)
	}
	var chunks [][]string
	var sum int64
	refused := unsent{}
	for _, id := range ids {
		size, ok := sizes[id]
		switch {
		case !ok:
			refused[id] = UnsentPhoto{Photo: id, Why: PhotoAbsent, Detail: "the server gives no photo by this SHA-256"}
			continue
		case size > maxPhotoBytes:
			refused[id] = UnsentPhoto{Photo: id, Name: names[id], Why: PhotoTooLarge, Detail: tooLarge(int(size))}
			continue
		case len(chunks) == 0 || sum+size > int64(photoChunk):
			chunks, sum = append(chunks, nil), 0
		}
		chunks[len(chunks)-1], sum = append(chunks[len(chunks)-1], id), sum+size
	}
	return chunks, refused, nil
}

// fetchPhotos reads the photos ids from the server and hands each to
// put, unchecked. A photo the server does not give goes into refused.
func fetchPhotos(ctx context.Context, conn *pgx.Conn, ids []string, refused unsent, put func(photo.Photo) error) error {
	rows, err := conn.Query(ctx, `SELECT sha256, mime, name, width, height, taken, latitude, longitude, data
		FROM photos WHERE sha256 = ANY($1::text[]) AND octet_length(data) <= `+maxPhotoBytesSQL, ids)
	if err != nil {
		return fmt.Errorf("reading photos: %w", err)
	}
	var ph photo.Photo
	var taken *time.Time
	var lat, lon *float64
	given := map[string]bool{}
	_, err = pgx.ForEachRow(rows, []any{&ph.ID, &ph.ContentType, &ph.Name, &ph.Width, &ph.Height, &taken, &lat, &lon, &ph.Data}, func() error {
		given[ph.ID] = true
		ph.Taken, ph.HasGPS = time.Time{}, lat != nil && lon != nil
		if taken != nil {
			ph.Taken = taken.UTC()
		}
		if ph.HasGPS {
			ph.Lat, ph.Lon = *lat, *lon
		}
		return put(ph)
	})
	for _, id := range ids {
		if err == nil && !given[id] {
			refused[id] = UnsentPhoto{Photo: id, Why: PhotoAbsent, Detail: "the server gave no data for it"}
		}
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
