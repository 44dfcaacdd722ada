package basemap

import (
	"crypto/sha1"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/khoroomap/khoroomap/geo/words"
)

// OnlineOptions allow and shape online tiles.
type OnlineOptions struct {
	// Allowed must be set for anything to be fetched: nothing goes online
	// unless the user turned it on.
	Allowed bool
	// CacheDir is where fetched tiles are kept (the user's cache folder).
	CacheDir string
	// UserAgent names the program, as tile servers' policies ask.
	UserAgent string
	// Attribution is shown on the map and printed pages.
	Attribution string
}

// Online is an XYZ tile server used politely: tiles are fetched only as
// the map shows them (never in bulk), at most two at a time, kept on disk
// for at least a week, with a User-Agent naming the program. For the
// OpenStreetMap Foundation's servers, whose policy forbids bulk
// downloading, it also caps the rate.
type Online struct {
	broken   tileProblems
	template string
	opt      OnlineOptions
	client   *http.Client
	slots    chan struct{}
	mu       sync.Mutex
	recent   []time.Time // fetch times in the last minute (for the rate cap)
	osm      bool
}

// cacheTTL is how long fetched tiles are kept before asking again.
const cacheTTL = 7 * 24 * time.Hour

// osmPerMinute caps fetches from tile.openstreetmap.org.
const osmPerMinute = 120

// NewOnline checks a URL template (it needs {z}, {x} and {y}).
func NewOnline(template string, opt OnlineOptions) (*Online, error) {
	for _, p := range []string{"{z}", "{x}", "{y}"} {
		if !strings.Contains(template, p) {
			return nil, words.Errorf("basemap: %s: an online basemap needs {z}, {x} and {y} in its address", template)
		}
	}
	u, err := url.Parse(strings.NewReplacer("{z}", "0", "{x}", "0", "{y}", "0").Replace(template))
	if err != nil {
		return nil, words.Errorf("basemap: %s: %w", template, err)
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "KhorooMap (+https://github.com/khoroomap/khoroomap)"
	}
	o := &Online{template: template, opt: opt, client: &http.Client{Timeout: 20 * time.Second}, slots: make(chan struct{}, 2),
		osm: strings.HasSuffix(u.Hostname(), "openstreetmap.org")}
	if o.osm && opt.Attribution == "" {
		o.opt.Attribution = "© OpenStreetMap contributors"
	}
	return o, nil
}

// Info implements Source.
func (o *Online) Info() Info {
	return Info{Name: o.template, File: o.template, MinZoom: 0, MaxZoom: 19, Attribution: o.opt.Attribution}
}

// Tile implements Source: from the disk cache when it is fresh, else
// from the server when online is allowed.
func (o *Online) Tile(z, x, y int) ([]byte, error) {
	if !validKey(z, x, y) {
		return nil, ErrNoTile
	}
	path := o.cachePath(z, x, y)
	if st, err := os.Stat(path); err == nil && time.Since(st.ModTime()) < cacheTTL {
		return os.ReadFile(path)
	}
	if !o.opt.Allowed {
		if b, err := os.ReadFile(path); err == nil {
			return b, nil // stale, but offline
		}
		return nil, ErrNoTile
	}
	if !o.take() {
		return nil, ErrNoTile
	}
	o.slots <- struct{}{}
	defer func() { <-o.slots }()
	u := strings.NewReplacer("{z}", strconv.Itoa(z), "{x}", strconv.Itoa(x), "{y}", strconv.Itoa(y)).Replace(o.template)
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", o.opt.UserAgent)
	resp, err := o.client.Do(req)
	if err != nil {
		return nil, words.Errorf("basemap: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, ErrNoTile
	}
	if resp.StatusCode != http.StatusOK {
		return nil, words.Errorf("basemap: %s: %s", u, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return nil, err
	}
	if o.opt.CacheDir != "" {
		os.MkdirAll(filepath.Dir(path), 0o755)
		tmp := path + ".tmp"
		if os.WriteFile(tmp, b, 0o644) == nil {
			os.Rename(tmp, path)
		}
	}
	return b, nil
}

// take reports whether another fetch is allowed now under the rate cap.
func (o *Online) take() bool {
	if !o.osm {
		return true
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	now := time.Now()
	keep := o.recent[:0]
	for _, t := range o.recent {
		if now.Sub(t) < time.Minute {
			keep = append(keep, t)
		}
	}
	o.recent = keep
	if len(o.recent) >= osmPerMinute {
		return false
	}
	o.recent = append(o.recent, now)
	return true
}

func (o *Online) cachePath(z, x, y int) string {
	h := sha1.Sum([]byte(o.template))
	return filepath.Join(o.opt.CacheDir, fmt.Sprintf("%x", h[:6]), strconv.Itoa(z), strconv.Itoa(x), strconv.Itoa(y))
}

// Close implements Source.
func (o *Online) Close() error { return nil }
