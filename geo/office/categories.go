package office

import (
	"fmt"
	"image/color"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// schemaV4 lets leaders write categories, each with the time it last
// changed, so that a sync merges them as annot.Merge does (the later
// version of a category wins).
var schemaV4 = `
ALTER TABLE categories ADD COLUMN modified timestamptz NOT NULL DEFAULT '1970-01-01 00:00:00+00';
GRANT INSERT, UPDATE ON categories TO khoroomap_leader;
`

const putCategorySQL = `INSERT INTO categories (id, name_mn, name_en, symbol, color, hidden, modified) VALUES ($1, $2, $3, $4, $5, $6, $7)
	ON CONFLICT (id) DO UPDATE SET name_mn = excluded.name_mn, name_en = excluded.name_en, symbol = excluded.symbol,
	color = excluded.color, hidden = excluded.hidden, modified = excluded.modified`

// categoriesSQL reads the server's categories, for scanCategories.
const categoriesSQL = "SELECT id, name_mn, name_en, symbol, color, hidden, modified FROM categories ORDER BY id"

// scanCategories reads the rows of categoriesSQL.
func scanCategories(rows pgx.Rows) ([]annot.Category, error) {
	var out []annot.Category
	var c annot.Category
	var hex string
	_, err := pgx.ForEachRow(rows, []any{&c.ID, &c.NameMN, &c.NameEN, &c.Symbol, &hex, &c.Hidden, &c.Modified}, func() error {
		c.Colour, c.Modified = parseColour(hex), c.Modified.UTC()
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading categories: %w", err)
	}
	return out, nil
}

// pushCategories queues the categories of merged the server lacks or
// holds otherwise, and returns how many.
func pushCategories(b *pgx.Batch, srv, merged []annot.Category) int {
	n := 0
	for _, c := range merged {
		i := slices.IndexFunc(srv, func(s annot.Category) bool { return s.ID == c.ID })
		if i >= 0 && sameCategory(srv[i], c) {
			continue
		}
		b.Queue(putCategorySQL, c.ID, c.NameMN, c.NameEN, c.Symbol, colourHex(c.Colour), c.Hidden, c.Modified)
		n++
	}
	return n
}

// sameCategory compares two versions of a category, times to the
// microsecond the server keeps.
func sameCategory(a, b annot.Category) bool {
	a.Modified, b.Modified = a.Modified.Truncate(time.Microsecond), b.Modified.Truncate(time.Microsecond)
	return a.ID == b.ID && a.NameMN == b.NameMN && a.NameEN == b.NameEN && a.Symbol == b.Symbol &&
		a.Colour == b.Colour && a.Hidden == b.Hidden && a.Modified.Equal(b.Modified)
}

// categoriesDiffer reports whether the project's categories are not
// those of merged.
func categoriesDiffer(local, merged []annot.Category) bool {
	return !slices.EqualFunc(local, merged, sameCategory)
}

func colourHex(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A) }

// parseColour reads colourHex's form; anything else is opaque grey.
func parseColour(s string) color.NRGBA {
	var c color.NRGBA
	if n, err := fmt.Sscanf(s, "#%02x%02x%02x%02x", &c.R, &c.G, &c.B, &c.A); err != nil || n != 4 {
		return color.NRGBA{0x80, 0x80, 0x80, 0xff}
	}
	return c
}

// inLocalOrder orders merged categories as the project lists them, those
// new to it after, so that a sync never reorders a leader's legend.
func inLocalOrder(merged, local []annot.Category) {
	pos := make(map[string]int, len(local))
	for i, c := range local {
		pos[c.ID] = i
	}
	at := func(c annot.Category) int {
		if i, ok := pos[c.ID]; ok {
			return i
		}
		return len(local)
	}
	slices.SortStableFunc(merged, func(a, b annot.Category) int { return at(a) - at(b) })
}
