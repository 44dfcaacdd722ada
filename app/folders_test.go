package app

import (
	"testing"
)

func TestFoldersFor(t *testing.T) {
	winEnv := map[string]string{
		"APPDATA":      `C:\Users\Бат-Эрдэнэ\AppData\Roaming`,
		"LOCALAPPDATA": `C:\Users\Бат-Эрдэнэ\AppData\Local`,
		"USERPROFILE":  `C:\Users\Бат-Эрдэнэ`,
	}
	for _, tc := range []struct {
		name string
		goos string
		env  map[string]string
		home string
		want Folders
	}{
		{"Windows with a Cyrillic user name", "windows", winEnv, `C:\Users\Бат-Эрдэнэ`, Folders{
			Settings: `C:\Users\Бат-Эрдэнэ\AppData\Roaming\fyne\mn.khoroomap.app`,
			Cache:    `C:\Users\Бат-Эрдэнэ\AppData\Local\khoroomap\cache`,
			Projects: `C:\Users\Бат-Эрдэнэ\Documents\Khoroo Map`,
		}},
		{"Windows without the variables", "windows", nil, `D:\Profiles\bold\`, Folders{
			Settings: `D:\Profiles\bold\AppData\Roaming\fyne\mn.khoroomap.app`,
			Cache:    `D:\Profiles\bold\AppData\Local\khoroomap\cache`,
			Projects: `D:\Profiles\bold\Documents\Khoroo Map`,
		}},
		{"Linux", "linux", nil, "/home/sarnai", Folders{
			Settings: "/home/sarnai/.config/fyne/mn.khoroomap.app",
			Cache:    "/home/sarnai/.cache/khoroomap",
			Projects: "/home/sarnai/Documents/Khoroo Map",
		}},
		{"Linux with XDG folders", "linux", map[string]string{"XDG_CONFIG_HOME": "/data/cfg", "XDG_CACHE_HOME": "/tmp/c"}, "/home/x", Folders{
			Settings: "/data/cfg/fyne/mn.khoroomap.app", Cache: "/tmp/c/khoroomap", Projects: "/home/x/Documents/Khoroo Map",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := foldersFor(tc.goos, func(k string) string { return tc.env[k] }, tc.home)
			if got != tc.want {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// Paths as Windows gives them: drive letters, backslashes, Cyrillic names,
// upper-case extensions.
func TestWindowsPaths(t *testing.T) {
	for _, p := range []string{`C:\Users\Бат\Documents\Khoroo Map\5-р хэсэг.GPKG`, `E:\хороо.gpkg`, `\\server\share\төсөл.gpkg`} {
		if !isProject(p) {
			t.Errorf("%s is not taken for a project", p)
		}
	}
	if got := shortPath(`C:\Users\Бат\Documents\Khoroo Map\хороо.geojson`); got != "…/Khoroo Map/хороо.geojson" {
		t.Errorf("shortPath = %q", got)
	}
	if !crlfFor("windows") || crlfFor("linux") {
		t.Error("CSV exports should end lines with CR LF on Windows only")
	}
}
