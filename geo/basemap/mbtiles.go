package basemap

import (
	"database/sql"
	"errors"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	_ "modernc.org/sqlite"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// MBTiles is an MBTiles file opened read-only.
type MBTiles struct {
	broken tileProblems
	db     *sql.DB
	path   string
	info   Info
}

// OpenMBTiles opens an MBTiles file and reads its metadata. A file that
// is not SQLite, or has no tiles table, is refused with a message saying
// so; the file is never written.
func OpenMBTiles(path string) (*MBTiles, error) {
	if err := geo.CheckRegular(path); err != nil { // a named pipe would block the open
		return nil, words.Errorf("basemap: %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, words.Errorf("basemap: %s: %w", path, errors.Unwrap(err))
	}
	head := make([]byte, 16)
	n, _ := f.Read(head)
	f.Close()
	if n < 16 || string(head) != "SQLite format 3\x00" {
		return nil, words.Errorf("basemap: %s is not an MBTiles file (not an SQLite database)", path)
	}
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(2000)")
	if err != nil {
		return nil, words.Errorf("basemap: %s: %w", path, err)
	}
	m := &MBTiles{db: db, path: path}
	if err := m.readInfo(); err != nil {
		db.Close()
		return nil, err
	}
	return m, nil
}

func (m *MBTiles) readInfo() error {
	var n int
	if err := m.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'tiles'`).Scan(&n); err != nil || n == 0 {
		return words.Errorf("basemap: %s is not an MBTiles file (it has no tiles table)", m.path)
	}
	var any int
	if err := m.db.QueryRow(`SELECT count(*) FROM (SELECT 1 FROM tiles LIMIT 1)`).Scan(&any); err != nil || any == 0 {
		return words.Errorf("basemap: %s holds no tiles", m.path)
	}
	meta := map[string]string{}
	if rows, err := m.db.Query(`SELECT name, value FROM metadata`); err == nil {
		for rows.Next() {
			var k, v sql.NullString
			if rows.Scan(&k, &v) == nil {
				meta[k.String] = v.String
			}
		}
		rows.Close()
	}
	info := Info{Name: meta["name"], File: m.path, Attribution: meta["attribution"], Format: meta["format"], MinZoom: -1, MaxZoom: -1}
	if info.Name == "" {
		info.Name = strings.TrimSuffix(pathBase(m.path), ".mbtiles")
	}
	lo, errLo := strconv.Atoi(meta["minzoom"])
	hi, errHi := strconv.Atoi(meta["maxzoom"])
	if errLo == nil && errHi == nil && 0 <= lo && lo <= hi && hi <= MaxTileZoom {
		info.MinZoom, info.MaxZoom = lo, hi
	} else if err := m.zoomsOfTiles(&info); err != nil { // not in the metadata, or nonsense: ask the tiles
		return err
	}
	if b, ok := parseBounds(meta["bounds"]); ok {
		info.Bounds = b
	}
	if info.Format == "" || info.Format == "jpeg" {
		var data []byte
		if m.db.QueryRow(`SELECT tile_data FROM tiles LIMIT 1`).Scan(&data) == nil {
			info.Format = sniffFormat(data)
		}
	}
	if info.Format == "pbf" || info.Format == "mvt" {
		return words.Errorf("basemap: %s holds vector tiles (%s); Khoroo Map draws raster tiles (PNG, JPEG, WebP)", m.path, info.Format)
	}
	m.info = info
	return nil
}

// zoomsOfTiles finds the zoom levels the tiles are stored at, ignoring
// those outside 0..MaxTileZoom.
func (m *MBTiles) zoomsOfTiles(info *Info) error {
	var lo, hi sql.NullInt64
	err := m.db.QueryRow(`SELECT min(zoom_level), max(zoom_level) FROM tiles WHERE zoom_level BETWEEN 0 AND ?`, MaxTileZoom).Scan(&lo, &hi)
	if err != nil || !lo.Valid || !hi.Valid {
		return words.Errorf("basemap: %s holds no tiles at zoom levels 0 to %d", m.path, MaxTileZoom)
	}
	info.MinZoom, info.MaxZoom = int(lo.Int64), int(hi.Int64)
	return nil
}

// parseBounds reads "west,south,east,north".
func parseBounds(s string) (orb.Bound, bool) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return orb.Bound{}, false
	}
	var v [4]float64
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return orb.Bound{}, false
		}
		v[i] = f
	}
	return orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}, true
}

func pathBase(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// Info implements Source.
func (m *MBTiles) Info() Info { return m.info }

// Tile implements Source. MBTiles counts rows from the south (TMS), so
// the row is flipped. An address outside the tile grid has no tile.
func (m *MBTiles) Tile(z, x, y int) ([]byte, error) {
	if !validKey(z, x, y) {
		return nil, ErrNoTile
	}
	var data []byte
	var size sql.NullInt64
	err := m.db.QueryRow(`SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`,
		MaxTileBytes, z, x, (1<<z)-1-y).Scan(&data, &size)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoTile
	}
	if err != nil {
		return nil, words.Errorf("basemap: %s: %w", m.path, err)
	}
	if size.Int64 > MaxTileBytes {
		return nil, tooBig(size.Int64)
	}
	return data, nil
}

// Close implements Source.
func (m *MBTiles) Close() error { return m.db.Close() }
