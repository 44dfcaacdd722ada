package office

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Refusal is why a photo stayed on the laptop, as a code the window
// translates.
type Refusal string

// The reasons a sync leaves a photo out.
const (
	// PhotoDamaged: its data is not a JPEG or PNG that decodes within
	// photo.MaxPixels, or not the data its SHA-256 names.
	PhotoDamaged Refusal = "damaged"
	// PhotoWrongType: it is stored as something else than a JPEG or PNG.
	PhotoWrongType Refusal = "wrong type"
	// PhotoTooLarge: its data is over the 32 MB a photo may have.
	PhotoTooLarge Refusal = "too large"
	// PhotoRefused: the office database refused it.
	PhotoRefused Refusal = "refused by the server"
)

// UnsentPhoto is a photo an annotation shows that the sync left on the
// laptop: the server links the annotation to its other photos only, and
// the project keeps it (each sync tries it again).
type UnsentPhoto struct {
	// Annotation is the annotation's ID, Label its name (or category or
	// kind when it has none).
	Annotation, Label string
	// Photo is the photo's ID (its SHA-256), Name its file name.
	Photo, Name string
	Why         Refusal
	// Detail is the check's or the server's words.
	Detail string
}

// String is the photo's line in khoroomap sync's output.
func (u UnsentPhoto) String() string {
	return fmt.Sprintf("photo %s (%.12s…) of %q (%s) not sent, kept on this laptop: %s: %s", u.Name, u.Photo, u.Label, u.Annotation, u.Why, u.Detail)
}

// unsent is why each photo left out was, by ID.
type unsent map[string]UnsentPhoto

// readSendable reads the photo id for sending. A photo the project holds
// but that is not fit to send is noted in skip and comes back false; an
// error is the project's (it cannot be read).
func readSendable(p *store.Project, id string, skip unsent) (photo.Photo, bool, error) {
	ph, err := p.Photo(id)
	if err != nil && !errors.Is(err, store.ErrBadPhoto) {
		return ph, false, err
	}
	if u, ok := verdict(ph); !ok {
		skip[id] = u
		return ph, false, nil
	}
	return ph, true, nil
}

// verdict says whether ph may travel (be sent or received): a JPEG or
// PNG of at most maxPhotoBytes that decodes within photo.MaxPixels and
// is the data its ID names. When not, the UnsentPhoto says why.
func verdict(ph photo.Photo) (UnsentPhoto, bool) {
	u := UnsentPhoto{Photo: ph.ID, Name: ph.Name, Why: PhotoTooLarge, Detail: tooLarge(len(ph.Data))}
	if len(ph.Data) > maxPhotoBytes {
		return u, false
	}
	err := checkPhoto(ph)
	if err == nil {
		return UnsentPhoto{}, true
	}
	u.Why, u.Detail = PhotoDamaged, strings.TrimPrefix(strings.TrimPrefix(err.Error(), "photo "+ph.ID+": "), "photo: ")
	if ph.ContentType != "image/jpeg" && ph.ContentType != "image/png" {
		u.Why = PhotoWrongType
	}
	return u, false
}

// tooLarge says that a photo of size bytes is over the limit.
func tooLarge(size int) string {
	return fmt.Sprintf("%d bytes is over the %d MB a photo may have", size, maxPhotoBytes>>20)
}

// refusedByServer says whether err is the server refusing a photo's row
// (a check, a constraint, a type or a policy), not a failed connection.
func refusedByServer(err error) (string, bool) {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return "", false
	}
	switch pgErr.Code[:2] {
	case "22", "23", "42", "P0":
		return pgErr.Message, true
	}
	return "", false
}

// lines lists, for each annotation of s, the photos it shows that were
// left out, in order.
func (skip unsent) lines(s *annot.Set) []UnsentPhoto {
	var out []UnsentPhoto
	add := func(id, label string, photos []string) {
		for _, ph := range photos {
			if u, ok := skip[ph]; ok {
				u.Annotation, u.Label = id, label
				out = append(out, u)
			}
		}
	}
	for _, p := range s.Points {
		add(p.ID, firstOf(p.Name, p.Category), p.Photos)
	}
	for i := range s.Gaps {
		add(s.Gaps[i].ID, s.Gaps[i].Label(), s.Gaps[i].Photos)
	}
	return out
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
