package basemap

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Folder is a folder of tiles named z/x/y.png (or .jpg, .jpeg, .webp),
// rows counted from the north as web maps do.
type Folder struct {
	broken tileProblems
	dir    string
	ext    string
	info   Info
}

// OpenFolder opens a tile folder: its zoom levels are its numbered
// sub-folders.
func OpenFolder(dir string) (*Folder, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, words.Errorf("basemap: %s: %w", dir, err)
	}
	var zooms []int
	for _, e := range entries {
		if z, err := strconv.Atoi(e.Name()); err == nil && e.IsDir() && z >= 0 && z <= MaxTileZoom {
			zooms = append(zooms, z)
		}
	}
	if len(zooms) == 0 {
		return nil, words.Errorf("basemap: %s is not a tile folder (no zoom folders 0, 1, 2…)", dir)
	}
	sort.Ints(zooms)
	f := &Folder{dir: dir, info: Info{Name: filepath.Base(dir), File: dir, MinZoom: zooms[0], MaxZoom: zooms[len(zooms)-1]}}
	if err := filepath.WalkDir(filepath.Join(dir, strconv.Itoa(zooms[0])), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			for _, ext := range []string{".png", ".jpg", ".jpeg", ".webp"} {
				if filepath.Ext(p) == ext {
					f.ext = ext
					return filepath.SkipAll
				}
			}
		}
		return nil
	}); err != nil || f.ext == "" {
		return nil, words.Errorf("basemap: %s holds no .png, .jpg or .webp tiles", dir)
	}
	f.info.Format = map[string]string{".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".webp": "webp"}[f.ext]
	if b, err := os.ReadFile(filepath.Join(dir, "attribution.txt")); err == nil {
		f.info.Attribution = string(b)
	}
	return f, nil
}

// Info implements Source.
func (f *Folder) Info() Info { return f.info }

// Tile implements Source. An address outside the tile grid has no tile.
func (f *Folder) Tile(z, x, y int) ([]byte, error) {
	if !validKey(z, x, y) {
		return nil, ErrNoTile
	}
	path := filepath.Join(f.dir, strconv.Itoa(z), strconv.Itoa(x), strconv.Itoa(y)+f.ext)
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, ErrNoTile
	case err != nil:
		return nil, err
	case !st.Mode().IsRegular(): // a named pipe would block the read
		if err := geo.CheckRegular(path); err != nil {
			return nil, badTile(err.Error())
		}
		return nil, badTile("is not an ordinary file")
	case st.Size() > MaxTileBytes:
		return nil, tooBig(st.Size())
	}
	return os.ReadFile(path)
}

// Close implements Source.
func (f *Folder) Close() error { return nil }
