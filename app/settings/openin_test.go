package settings

import (
	"os"
	"path/filepath"
	"testing"
)

// OpenIn keeps settings.json in a subfolder of the storage folder, where
// Fyne's folder watcher does not see its writes (each write beside
// preferences.json made Fyne rewrite that file, truncated when the process
// ended meanwhile), and carries over what an older version kept.
func TestOpenIn(t *testing.T) {
	for _, tc := range []struct{ name, file, data, want string }{
		{"settings.json of the version before", File, `{"language":"mn"}`, "mn"},
		{"Fyne's preferences", Legacy, `{"language":"mn"}`, "mn"},
		{"nothing", "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			if tc.file != "" {
				os.WriteFile(filepath.Join(root, tc.file), []byte(tc.data), 0o600)
			}
			if tc.file == File { // both there: the newer file wins
				os.WriteFile(filepath.Join(root, Legacy), []byte(`{"language":"en"}`), 0o600)
			}
			s, err := OpenIn(root)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.String("language"); got != tc.want {
				t.Errorf("language %q, want %q", got, tc.want)
			}
			before := names(t, root)
			s.SetString("author", "Батболд")
			if after := names(t, root); after != before {
				t.Errorf("the storage folder changed from %q to %q: Fyne's watcher sees that", before, after)
			}
			if want := filepath.Join(root, Folder, File); s.Path() != want {
				t.Errorf("kept in %s, want %s", s.Path(), want)
			}
			if again, _ := OpenIn(root); again.String("author") != "Батболд" || again.String("language") != tc.want {
				t.Errorf("opened again: %q %q", again.String("author"), again.String("language"))
			}
		})
	}
}

// names lists the entries of dir with their sizes and times.
func names(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := ""
	for _, e := range es {
		if e.IsDir() {
			out += e.Name() + "/ "
			continue
		}
		fi, _ := e.Info()
		out += e.Name() + " " + fi.ModTime().String() + " "
	}
	return out
}
