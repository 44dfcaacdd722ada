package settings

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// write puts content in dir/name.
func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// A settings.json that is missing, ours, or hostile: a hostile one gives
// one line naming the file and what is wrong, and the defaults.
func TestOpen(t *testing.T) {
	cases := []struct {
		name, content string
		language      string // what String("language") reads
		err           string // "" for none
	}{
		{"none", "", "", ""},
		{"ours", `{"language":"mn","author":"Бат-Эрдэнэ"}`, "mn", ""},
		{"truncated by a crash", `{"language":"mn","auth`, "", "settings.json is not a settings file (unexpected end of JSON input); starting from the default settings"},
		{"empty", ``, "", "is not a settings file"},
		{"null", `null`, "", "is not a settings file (null)"},
		{"a list", `["mn"]`, "", "is not a settings file (json: cannot unmarshal array"},
		{"huge", `{"author":"` + strings.Repeat("я", maxSize) + `"}`, "", "settings.json is larger than settings can be (over 1024 KB)"},
		{"wrong types", `{"language":5,"author":{"x":1},"recentFiles":[1,"a"],"welcomed":null,"projector":true}`, "",
			`left out "author", "recentFiles", "welcomed" (not text, true/false or a list of text)`},
		{"many wrong", `{"a":null,"b":null,"c":null,"d\n":null,"language":"en"}`, "en", `left out "a", "b", "c" and 1 more`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.name != "none" {
				write(t, dir, File, tc.content)
			}
			s, err := Open(dir)
			if s == nil {
				t.Fatal("no store")
			}
			switch {
			case tc.err == "" && err != nil:
				t.Fatalf("error %v", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Fatalf("error %v, want one with %q", err, tc.err)
			case err != nil && strings.ContainsAny(err.Error(), "\n\r"):
				t.Errorf("the message is more than one line: %q", err)
			}
			if got := s.String("language"); got != tc.language {
				t.Errorf("language %q, want %q", got, tc.language)
			}
			if err := s.SetBool("welcomed", true); err != nil { // the file is replaced at the next change
				t.Fatal(err)
			}
			if again, err := Open(dir); err != nil || !again.Bool("welcomed") || again.String("language") != tc.language {
				t.Errorf("after a change the file reads %v, %v", again.values, err)
			}
		})
	}
}

// On the first start Fyne's preferences.json is carried over (a leader
// who chose Монгол last week still gets Монгол), written to settings.json
// at once and never touched; later starts read settings.json alone.
func TestMigrate(t *testing.T) {
	dir := t.TempDir()
	old := `{"language":"mn","author":"Батболд","recentFiles":["/a.kml","/б.kml"],"projector":true,"lastView:/p.gpkg":"106.9,47.9,14"}` + "\n"
	write(t, dir, Legacy, old)
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.String("language") != "mn" || s.String("author") != "Батболд" || !s.Bool("projector") ||
		strings.Join(s.StringList("recentFiles"), " ") != "/a.kml /б.kml" || s.String("lastView:/p.gpkg") != "106.9,47.9,14" {
		t.Errorf("carried over: %v", s.values)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, File)); !strings.Contains(string(data), `"language":"mn"`) {
		t.Errorf("settings.json after the first start: %q", data)
	}
	s.SetString("language", "en")
	write(t, dir, Legacy, `{"language":"mn","author":"someone else"}`)
	if again, _ := Open(dir); again.String("language") != "en" || again.String("author") != "Батболд" {
		t.Errorf("the second start reads %v, not settings.json", again.values)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, Legacy)); string(data) != `{"language":"mn","author":"someone else"}` {
		t.Errorf("preferences.json was written: %q", data)
	}
}

// A broken preferences.json is said in one line and nothing is carried
// over; the next start tries again (settings.json was not made).
func TestMigrateBroken(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, Legacy, `{"language":"mn"`)
	s, err := Open(dir)
	if err == nil || !strings.Contains(err.Error(), "preferences.json is not a settings file") ||
		!strings.Contains(err.Error(), "the old settings were not carried over") {
		t.Errorf("error %v", err)
	}
	if s.String("language") != "" {
		t.Errorf("language %q", s.String("language"))
	}
	if _, err := os.Stat(filepath.Join(dir, File)); err == nil {
		t.Error("settings.json was made from a broken preferences.json")
	}
}
