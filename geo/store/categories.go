package store

import (
	"database/sql"
	"fmt"
	"image/color"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Categories returns the project's categories in display order.
func (p *Project) Categories() ([]annot.Category, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	cats, err := readCategories(p.db)
	if err != nil {
		return nil, words.Errorf("store: %s: %w", p.path, err)
	}
	return cats, nil
}

func readCategories(q querier) ([]annot.Category, error) {
	rows, err := q.Query(`SELECT id, name_mn, name_en, symbol, colour, hidden, CAST(modified AS TEXT) FROM categories ORDER BY position, fid`)
	if err != nil {
		return nil, words.Errorf("reading categories: %w", err)
	}
	defer rows.Close()
	var out []annot.Category
	for rows.Next() {
		var c annot.Category
		var mn, en, modified sql.NullString
		var colour, symbol string
		if err := rows.Scan(&c.ID, &mn, &en, &symbol, &colour, &c.Hidden, &modified); err != nil {
			return nil, words.Errorf("reading categories: %w", err)
		}
		c.NameMN, c.NameEN, c.Symbol = mn.String, en.String, annot.Symbol(symbol)
		c.Colour = ParseColour(colour)
		c.Modified = parseTime(modified.String)
		out = append(out, c)
	}
	return out, rows.Err()
}

// putCategory inserts or replaces a category; position orders new ones.
func putCategory(tx *sql.Tx, c annot.Category, position int) error {
	if err := c.Validate(); err != nil {
		return err
	}
	_, err := tx.Exec(`INSERT INTO categories (id, name_mn, name_en, symbol, colour, hidden, position, modified)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name_mn = excluded.name_mn, name_en = excluded.name_en,
			symbol = excluded.symbol, colour = excluded.colour, hidden = excluded.hidden, modified = excluded.modified`,
		c.ID, c.NameMN, c.NameEN, string(c.Symbol), FormatColour(c.Colour), c.Hidden, position, timeOrNull(c.Modified))
	if err != nil {
		return words.Errorf("store: saving category %q: %w", c.ID, err)
	}
	return nil
}

// nextPosition is one past the last category's position.
func nextPosition(tx *sql.Tx) (int, error) {
	var n sql.NullInt64
	err := tx.QueryRow(`SELECT max(position) FROM categories`).Scan(&n)
	return int(n.Int64) + 1, err
}

// FormatColour writes an opaque colour as "#rrggbb".
func FormatColour(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// ParseColour reads "#rrggbb"; anything else gives mid grey.
func ParseColour(s string) color.NRGBA {
	var r, g, b uint8
	if n, err := fmt.Sscanf(s, "#%02x%02x%02x", &r, &g, &b); err != nil || n != 3 {
		return color.NRGBA{0x75, 0x75, 0x75, 0xff}
	}
	return color.NRGBA{r, g, b, 0xff}
}

// timeFormat is GeoPackage's DATETIME: ISO 8601 in UTC with milliseconds.
const timeFormat = "2006-01-02T15:04:05.000Z"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeFormat)
}

// timeOrNull is formatTime for nullable DATETIME columns: an unknown time
// is NULL, never an empty text (which GeoPackage readers reject as a
// DATETIME).
func timeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return formatTime(t)
}

// parseTime reads a stored DATETIME; an empty text (earlier versions wrote it),
// NULL read as "" and anything unreadable give the zero time.
func parseTime(s string) time.Time {
	for _, f := range []string{timeFormat, time.RFC3339Nano, "2006-01-02 15:04:05"} {
		if t, err := time.Parse(f, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
