package atomicfile

import (
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// StaleAfter is how old a temporary file must be before CleanStale takes
// it for the leftover of a killed write rather than one in progress.
const StaleAfter = time.Hour

// stalePattern is exactly the temporary names Temp makes for the files
// this program writes (and the journal SQLite keeps beside a project being
// built): ".map.png.1234567.tmp", ".training.gpkg.42.tmp-journal".
var stalePattern = regexp.MustCompile(`^\..+\.(?i:png|pdf|csv|geojson|json|kml|gpkg)\.[0-9]{1,10}\.tmp(-journal)?$`)

// CleanStale removes from dir the temporary files a killed or crashed
// write left behind: regular files named exactly like Temp's, last
// modified more than StaleAfter ago. Anything else, and whatever cannot be
// removed, is left alone; it never fails.
func CleanStale(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !stalePattern.MatchString(e.Name()) {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > StaleAfter {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
