package photoimport

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// photoExts are the file name extensions taken as photos (HEIC too, so
// that it can be reported as not supported rather than passed over).
var photoExts = []string{".jpg", ".jpeg", ".png", ".heic", ".heif"}

// Extensions are the file name extensions of photos, lower case, for a
// file picker: JPEG and PNG, and HEIC/HEIF so that an iPhone's photos
// can be picked and then reported as not supported.
func Extensions() []string { return slices.Clone(photoExts) }

// IsPhoto reports whether a file name looks like a photo's.
func IsPhoto(name string) bool {
	return slices.Contains(photoExts, strings.ToLower(filepath.Ext(name)))
}

// Files lists the photos paths name: files as they are, folders walked
// with their subfolders (a phone's DCIM/Camera), hidden files and folders
// (".thumbnails", macOS's "._" files) left out; sorted, each once.
// Only regular files are taken: a FIFO or device named directly is
// refused, and in a folder, symlinks and special files are left out.
func Files(paths []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, words.Errorf("photoimport: %w", err)
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() { // a FIFO would block the import on open
				return nil, words.Errorf("photoimport: %s is not a photo file but a %s", root, kind(info.Mode()))
			}
			add(root)
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return words.Errorf("photoimport: %w", err)
			}
			hidden := strings.HasPrefix(d.Name(), ".") && p != root
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case d.Type().IsRegular() && !hidden && IsPhoto(p):
				add(p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	// as a phone numbers them: IMG_9 before IMG_10
	slices.SortFunc(out, func(a, b string) int {
		switch {
		case geo.NaturalLess(a, b):
			return -1
		case geo.NaturalLess(b, a):
			return 1
		}
		return 0
	})
	return out, nil
}

// kind names what a file that is not a regular file is, for messages.
func kind(m fs.FileMode) error {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return words.Errorf("named pipe (FIFO)")
	case m&fs.ModeDevice != 0:
		return words.Errorf("device")
	case m&fs.ModeSocket != 0:
		return words.Errorf("socket")
	}
	return words.Errorf("special file")
}
