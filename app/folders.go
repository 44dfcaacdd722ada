package app

import (
	"strings"
)

// Folders says where Khoroo Map keeps things on a machine: its settings
// (settings.json, in Fyne's storage folder), its cache, and new projects.
type Folders struct {
	Settings, Cache, Projects string
}

// foldersFor works out the folders for an operating system from its
// environment and the user's home folder, without touching the disk: a
// pure function, so that the Windows paths are tested on Linux too. On
// Windows everything lives in the user's profile (%APPDATA%,
// %LOCALAPPDATA%, Documents): no admin rights, and nothing next to the
// program, which may run from a USB stick.
func foldersFor(goos string, env func(string) string, home string) Folders {
	switch goos {
	case "windows":
		roaming := firstNonEmpty(env("APPDATA"), joinPath(goos, home, "AppData", "Roaming"))
		local := firstNonEmpty(env("LOCALAPPDATA"), joinPath(goos, home, "AppData", "Local"))
		profile := firstNonEmpty(env("USERPROFILE"), home)
		return Folders{
			Settings: joinPath(goos, roaming, "fyne", AppID),
			Cache:    joinPath(goos, local, "khoroomap", "cache"),
			Projects: joinPath(goos, profile, "Documents", "Khoroo Map"),
		}
	case "darwin":
		return Folders{
			Settings: joinPath(goos, home, "Library", "Preferences", "fyne", AppID),
			Cache:    joinPath(goos, home, "Library", "Caches", "khoroomap"),
			Projects: joinPath(goos, home, "Documents", "Khoroo Map"),
		}
	}
	config := firstNonEmpty(env("XDG_CONFIG_HOME"), joinPath(goos, home, ".config"))
	cache := firstNonEmpty(env("XDG_CACHE_HOME"), joinPath(goos, home, ".cache"))
	return Folders{
		Settings: joinPath(goos, config, "fyne", AppID),
		Cache:    joinPath(goos, cache, "khoroomap"),
		Projects: joinPath(goos, home, "Documents", "Khoroo Map"),
	}
}

// joinPath joins path elements with the operating system's separator,
// whatever system this runs on.
func joinPath(goos string, parts ...string) string {
	sep := "/"
	if goos == "windows" {
		sep = `\`
	}
	out := ""
	for _, p := range parts {
		if p == "" {
			continue
		}
		if out == "" {
			out = p
			continue
		}
		out = strings.TrimRight(out, `/\`) + sep + strings.TrimLeft(p, `/\`)
	}
	return out
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// crlfFor says whether text exports end lines with CR LF: on Windows,
// where Notepad and Excel expect it.
func crlfFor(goos string) bool { return goos == "windows" }
