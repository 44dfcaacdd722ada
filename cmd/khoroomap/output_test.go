package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// commands maps a sub-command's name to the function that runs it.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"export": runExport, "atlas": runAtlas, "coverage": runCoverage, "merge": runMerge, "check": runCheck,
}

// refusal runs a command that must fail, and returns its one-line message.
func refusal(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := commands[args[0]](args[1:], &out, &errOut); code != 1 {
		t.Fatalf("%q: exit %d, want 1 (%s)", args, code, errOut.String())
	}
	msg := errOut.String()
	paths := 0 // the temporary folder's name may be long
	for _, a := range args {
		paths += strings.Count(msg, a) * len(a)
	}
	if strings.Count(msg, "\n") != 1 || len(msg)-paths > 250 {
		t.Errorf("%q: want one short line, got %d characters: %q", args, len(msg), msg)
	}
	return msg
}

// An -o the command cannot write is refused before any page is drawn or
// table computed, in one line saying why, not with a rename error.
func TestOutputCheckedFirst(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "maps.pdf")
	os.Mkdir(folder, 0o755)
	missing := filepath.Join(dir, "nowhere", "out")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"page into a folder", []string{"export", "-o", folder}, "maps.pdf is a folder, not a file"},
		{"page into a missing folder", []string{"export", "-o", missing + ".png"}, "the folder " + filepath.Dir(missing) + " does not exist"},
		{"annotations into a folder", []string{"export", "-o", dir}, "is a folder, not a file"},
		{"annotations into a missing folder", []string{"export", "-o", missing + ".csv"}, "does not exist"},
		{"atlas", []string{"atlas", "-o", folder}, "maps.pdf is a folder, not a file"},
		{"coverage", []string{"coverage", "-category", "school", "-o", missing + ".csv"}, "does not exist"},
		{"merge", []string{"merge", "-o", folder, "a.gpkg", "b.gpkg"}, "maps.pdf is a folder, not a file"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			msg := refusal(t, c.args...)
			if !strings.Contains(msg, c.want) || strings.Contains(msg, "rename") || strings.Contains(msg, ".tmp") {
				t.Errorf("message %q, want %q", msg, c.want)
			}
		})
	}
}

// Absurd numbers are refused in one short line that writes them compactly.
func TestAbsurdNumbers(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	huge := writeFile(t, "huge.geojson", `{"type":"Point","coordinates":[1e300,47]}`)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"huge distance", []string{"coverage", "-category", "school", "-distance", "1e300", "-o", out + ".csv"}, "-distance 1e+300: give a walking distance in metres"},
		{"not a distance", []string{"coverage", "-category", "school", "-distance", "NaN", "-o", out + ".csv"}, "-distance NaN:"},
		{"negative distance", []string{"coverage", "-category", "school", "-distance", "-5", "-o", out + ".csv"}, "-distance -5:"},
		{"huge coverage distance", []string{"export", "-coverage", "school:1e300", "-o", out + ".png"}, "-coverage school:1e+300: give a walking distance"},
		{"huge opacity", []string{"export", "-basemap-opacity", "1e300", "-o", out + ".png"}, "-basemap-opacity 1e+300: give a number from 0"},
		{"huge coordinate", []string{"check", huge}, "(e.g. (1e+300, 47))"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if msg := refusal(t, c.args...); !strings.Contains(msg, c.want) {
				t.Errorf("message %q, want %q", msg, c.want)
			}
		})
	}
}
