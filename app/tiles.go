package app

import (
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo/basemap"
)

// OnlineTiles are the options of an online basemap for the window and the
// commands alike: the one tile cache folder of this machine (under
// %LOCALAPPDATA% on Windows) and one User-Agent naming this version.
// allowed says whether fetching is allowed at all.
func OnlineTiles(allowed bool) basemap.OnlineOptions {
	return onlineTilesIn(localFolders(), allowed)
}

func onlineTilesIn(f Folders, allowed bool) basemap.OnlineOptions {
	return basemap.OnlineOptions{
		Allowed:   allowed,
		CacheDir:  filepath.Join(f.Cache, "tiles"),
		UserAgent: "KhorooMap/" + Version + " (+https://github.com/khoroomap/khoroomap)",
	}
}
