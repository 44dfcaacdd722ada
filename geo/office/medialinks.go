package office

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// readPhotoLinks gives the annotations c read from the server their
// photos, in order, and records in c.links what the server links to each
// (an entry, maybe empty, per annotation read). A row at the revision the
// project holds keeps the project's photos: one revision is one content,
// and a server written before photos synced lacks the links.
func readPhotoLinks(ctx context.Context, tx pgx.Tx, c *serverCopy, local *annot.Set) error {
	c.links = make(map[string][]string, len(c.set.Points)+len(c.set.Gaps))
	ids := make([]string, 0, len(c.set.Points)+len(c.set.Gaps))
	for _, m := range metas(c.set) {
		c.links[m.ID] = nil
		ids = append(ids, m.ID)
	}
	rows, err := tx.Query(ctx, "SELECT annotation::text, photo FROM annotation_photos WHERE annotation = ANY($1::uuid[]) ORDER BY annotation, position", ids)
	if err != nil {
		return fmt.Errorf("reading annotation_photos: %w", err)
	}
	var id, ph string
	if _, err := pgx.ForEachRow(rows, []any{&id, &ph}, func() error { c.links[id] = append(c.links[id], ph); return nil }); err != nil {
		return fmt.Errorf("reading annotation_photos: %w", err)
	}
	mine := photosByRev(local)
	for i := range c.set.Points {
		c.set.Points[i].Photos = photosOf(c.links, mine, c.set.Points[i].Meta)
	}
	for i := range c.set.Gaps {
		c.set.Gaps[i].Photos = photosOf(c.links, mine, c.set.Gaps[i].Meta)
	}
	return nil
}

// photosOf is what the server row m shows: its links, or the project's
// photos when the project holds m's revision.
func photosOf(links map[string][]string, mine map[[2]string][]string, m annot.Meta) []string {
	if ph, ok := mine[[2]string{m.ID, m.Rev}]; ok && len(links[m.ID]) == 0 {
		return ph
	}
	return links[m.ID]
}

// photosByRev maps each annotation of s with photos, by ID and revision,
// to them.
func photosByRev(s *annot.Set) map[[2]string][]string {
	out := map[[2]string][]string{}
	for _, p := range s.Points {
		if len(p.Photos) > 0 {
			out[[2]string{p.ID, p.Rev}] = p.Photos
		}
	}
	for _, g := range s.Gaps {
		if len(g.Photos) > 0 {
			out[[2]string{g.ID, g.Rev}] = g.Photos
		}
	}
	return out
}

// queuePhotoLinks makes the server link each annotation of merged to its
// photos, writing only those whose list differs from the server's, and
// unlinks the annotations merged no longer holds: one DELETE and one
// INSERT for all (the rows as column arrays). A photo unlinked stays
// linked to the other annotations that show it. The photos of skip (not
// sent) are left out of the lists; those of refused (refused by the
// laptop's pulls) stay where the server links them.
func queuePhotoLinks(b *pgx.Batch, srv *serverCopy, merged *annot.Set, skip unsent, refused []RefusedPhoto) {
	shown, kept := photoLists(srv.set), refusedOn(refused)
	live := map[string]bool{}
	var drop, ids, photos []string
	var positions []int32
	for _, m := range photoMetas(merged) {
		live[m.id] = true
		have, read := srv.links[m.id]
		if !read {
			have = shown[m.id]
		}
		want := slices.DeleteFunc(slices.Clone(m.photos), func(ph string) bool { _, out := skip[ph]; return out })
		want = keepRefused(want, have, kept[m.id])
		if slices.Equal(have, want) {
			continue
		}
		drop = append(drop, m.id)
		for i, ph := range want {
			ids, positions, photos = append(ids, m.id), append(positions, int32(i)), append(photos, ph)
		}
	}
	for id, have := range srv.links {
		if !live[id] && len(have) > 0 {
			drop = append(drop, id)
		}
	}
	if len(drop) > 0 {
		b.Queue("DELETE FROM annotation_photos WHERE annotation = ANY($1::uuid[])", drop)
	}
	if len(ids) > 0 {
		b.Queue(`INSERT INTO annotation_photos (annotation, position, photo)
			SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[])`, ids, positions, photos)
	}
}

// photoMeta is an annotation's ID and photos.
type photoMeta struct {
	id     string
	photos []string
}

func photoMetas(s *annot.Set) []photoMeta {
	out := make([]photoMeta, 0, len(s.Points)+len(s.Gaps))
	for _, p := range s.Points {
		out = append(out, photoMeta{p.ID, p.Photos})
	}
	for _, g := range s.Gaps {
		out = append(out, photoMeta{g.ID, g.Photos})
	}
	return out
}

func photoLists(s *annot.Set) map[string][]string {
	out := map[string][]string{}
	for _, m := range photoMetas(s) {
		out[m.id] = m.photos
	}
	return out
}

func metas(s *annot.Set) []annot.Meta {
	out := make([]annot.Meta, 0, len(s.Points)+len(s.Gaps))
	for _, p := range s.Points {
		out = append(out, p.Meta)
	}
	for _, g := range s.Gaps {
		out = append(out, g.Meta)
	}
	return out
}
