package office

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// SettingCursorPrefix begins the project settings that hold pull cursors:
// one per office database, role and area, so that syncing a project with
// two offices, or for a wider area, never skips rows.
const SettingCursorPrefix = "sync.cursor."

// cursor is where the last sync with one database left off. since is
// the snapshot of its transaction and that transaction's ID (see
// schemaV3 and horizon), "" before the first sync or when the saved
// cursor is garbled; seen is the revision and review of every
// annotation the project and the server shared when it ended.
// refusedKey names the setting of the photos the pulls from the
// database refused (see RefusedPhoto).
type cursor struct {
	key, refusedKey string
	since           string
	seen            map[string]rowState
}

// savedCursor is a cursor as the project keeps it, in JSON.
type savedCursor struct {
	Since string               `json:"since"`
	Rows  map[string][2]string `json:"rows"`
}

// readCursor finds the project's cursor for the database conn is on, the
// role syncing and area.
func readCursor(ctx context.Context, conn *pgx.Conn, p *store.Project, a Area) (cursor, error) {
	var db, role string
	err := conn.QueryRow(ctx, "SELECT (SELECT id::text FROM office_identity LIMIT 1), current_user").Scan(&db, &role)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" {
		return cursor{}, errors.New("the office database is at an older schema: run khoroomap db-init -db … on it first")
	}
	if err != nil {
		return cursor{}, fmt.Errorf("reading the database's identity: %w", err)
	}
	c := cursor{key: SettingCursorPrefix + db + "." + role + "." + a.String(), refusedKey: SettingRefusedPrefix + db}
	v, _, err := p.Setting(c.key)
	var saved savedCursor
	if err != nil || json.Unmarshal([]byte(v), &saved) != nil || !validCursor(saved.Since) {
		return c, err
	}
	c.since, c.seen = saved.Since, make(map[string]rowState, len(saved.Rows))
	for id, r := range saved.Rows {
		c.seen[id] = rowState{rev: r[0], review: r[1]}
	}
	return c, nil
}

// saveCursor keeps, under key, the cursor since and what s holds.
func saveCursor(p *store.Project, key, since string, s *annot.Set) error {
	saved := savedCursor{Since: since, Rows: make(map[string][2]string, len(s.Points)+len(s.Gaps))}
	for _, pt := range s.Points {
		saved.Rows[pt.ID] = [2]string{pt.Rev, pt.Review}
	}
	for _, g := range s.Gaps {
		saved.Rows[g.ID] = [2]string{g.Rev, g.Review}
	}
	b, _ := json.Marshal(saved) // strings only
	return p.SetSetting(key, string(b))
}

// cursorForm is a saved cursor: the snapshot of the last sync's
// transaction (xmin:xmax:running,…), then the ID of that transaction,
// whose own writes the project holds.
var cursorForm = regexp.MustCompile(`^(([0-9]+):([0-9]+):([0-9,]*))/([0-9]+)$`)

// validCursor reports whether since is a cursor the server takes.
func validCursor(since string) bool {
	m := cursorForm.FindStringSubmatch(since)
	if m == nil || !validSnapshot(m[2], m[3], m[4]) {
		return false
	}
	_, err := strconv.ParseUint(m[5], 10, 64)
	return err == nil
}

// horizon is a cursor as the SQL compares it: the snapshot ($4) whose
// visible rows the project has seen and the transaction ($5) whose writes
// it made; before the first sync, a snapshot that saw nothing.
func horizon(since string) (snapshot, own string) {
	if !validCursor(since) {
		return "1:1:", "0"
	}
	m := cursorForm.FindStringSubmatch(since)
	return m[1], m[5]
}

// validSnapshot reports whether PostgreSQL takes xmin:xmax:xip as a
// pg_snapshot: 1 <= xmin <= xmax, and the running IDs ascending in
// [xmin, xmax).
func validSnapshot(xmin, xmax, xip string) bool {
	lo, err1 := strconv.ParseUint(xmin, 10, 64)
	hi, err2 := strconv.ParseUint(xmax, 10, 64)
	if err1 != nil || err2 != nil || lo < 1 || lo > hi {
		return false
	}
	if xip == "" {
		return true
	}
	prev := lo
	for _, f := range strings.Split(xip, ",") {
		x, err := strconv.ParseUint(f, 10, 64)
		if err != nil || x < prev || x >= hi {
			return false
		}
		prev = x
	}
	return true
}
