package app

import (
	"os"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2/lang"
)

// place is a folder the picker offers on its left: home, the usual
// folders in it, the disks and USB sticks.
type place struct{ name, path string }

// places lists the folders that exist on this machine.
func places() []place {
	home, _ := os.UserHomeDir()
	user := filepath.Base(home)
	return existing(placesFor(runtime.GOOS, home, user))
}

// placesFor are the folders worth offering on an operating system, named
// in the window's language, whether they exist or not. On Windows the
// drive letters stand for disks and USB sticks; elsewhere the folders
// where removable media are mounted are listed, then the whole computer.
func placesFor(goos, home, user string) []place {
	out := []place{{lang.L("Home folder"), home},
		{lang.L("Desktop"), joinPath(goos, home, "Desktop")},
		{lang.L("Documents"), joinPath(goos, home, "Documents")},
		{lang.L("Downloads"), joinPath(goos, home, "Downloads")},
	}
	if goos == "windows" {
		for d := 'C'; d <= 'Z'; d++ {
			out = append(out, place{lang.L("Disk") + " " + string(d) + ":", string(d) + `:\`})
		}
		return out
	}
	for _, media := range []string{filepath.Join("/media", user), filepath.Join("/run/media", user), "/mnt", "/Volumes"} {
		out = append(out, mounted(media)...)
	}
	return append(out, place{lang.L("This computer"), "/"})
}

// mounted lists the disks mounted in a media folder, by their names.
func mounted(media string) []place {
	entries, err := os.ReadDir(media)
	if err != nil {
		return nil
	}
	var out []place
	for _, e := range entries {
		out = append(out, place{e.Name(), filepath.Join(media, e.Name())})
	}
	return out
}

// existing keeps the places that are folders.
func existing(ps []place) []place {
	var out []place
	for _, p := range ps {
		if st, err := os.Stat(p.path); err == nil && st.IsDir() {
			out = append(out, p)
		}
	}
	return out
}
