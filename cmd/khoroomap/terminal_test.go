package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var visibleCases = []struct{ name, in, want string }{
	{"escape sequence", "\x1b]0;pwned\x07Хороо", `\x1b]0;pwned\aХороо`},
	{"carriage return", "1-р хороо\rӨлзийт", `1-р хороо\rӨлзийт`},
	{"nul and delete", "a\x00b\x7f", `a\x00b\x7f`},
	{"C1 control", "a\u009b31m", `a\u009b31m`},
	{"bidi override", "abc\u202edcba", `abc\u202edcba`},
	{"line break", "one\ntwo", `one\ntwo`},
	{"not UTF-8", "a\xffb", `a\xffb`},
	{"Cyrillic and Ө, Ү", "Өлзийт, Үйлчилгээ", "Өлзийт, Үйлчилгээ"},
}

func TestVisible(t *testing.T) {
	for _, c := range visibleCases {
		t.Run(c.name, func(t *testing.T) {
			if got := visible(c.in); got != c.want {
				t.Errorf("visible(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// terminalSafe says whether text holds nothing a terminal would act on
// but line breaks.
func terminalSafe(s string) bool {
	for _, r := range s {
		if r != '\n' && hidden(r) || r == utf8.RuneError {
			return false
		}
	}
	return true
}

// The terminal writer keeps the command's own line breaks and tabs and a
// rune split across two writes, and shows everything else hidden.
func TestTerminalWriter(t *testing.T) {
	var b bytes.Buffer
	w := &terminalWriter{w: &b}
	text := "Өлзийт\x1b[2J\n\t-o string\n"
	w.Write([]byte(text[:1])) // half of Ө
	w.Write([]byte(text[1:]))
	if got, want := b.String(), `Өлзийт\x1b[2J`+"\n\t-o string\n"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
}

// check shows hostile feature names and file names escaped in its text
// output, and its JSON gives them back exactly while a terminal showing
// it stays safe.
func TestCheckHostileNames(t *testing.T) {
	names := []string{"\x1b]0;pwned\x07", "Өлзийт\r1-р хороо", "\u202eevil", "a\u009bb\x7f", "nul\x00"}
	var feats []string
	for i, n := range names {
		name, _ := json.Marshal(n)
		feats = append(feats, `{"type":"Feature","properties":{"name":`+string(name)+`},"geometry":{"type":"Point","coordinates":[106.9`+string(rune('0'+i))+`,47.9]}}`)
	}
	path := filepath.Join(t.TempDir(), "evil\x1b[31m.geojson")
	if err := os.WriteFile(path, []byte(`{"type":"FeatureCollection","features":[`+strings.Join(feats, ",")+`]}`), 0o644); err != nil {
		t.Skip("the file system refuses the name:", err)
	}
	var out, errOut bytes.Buffer
	if code := runCheck([]string{"-name", "name", path}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !terminalSafe(out.String()) || !strings.Contains(out.String(), `\x1b]0;pwned\a`) || !strings.Contains(out.String(), `evil\x1b[31m.geojson`) {
		t.Errorf("text output:\n%q", out.String())
	}
	out.Reset()
	runCheck([]string{"-json", "-name", "name", path}, &out, &errOut)
	var reports []checkReport
	if err := json.Unmarshal(out.Bytes(), &reports); err != nil {
		t.Fatalf("%v: %s", err, out.Bytes())
	}
	if !terminalSafe(out.String()) || reports[0].File != path || strings.Join(reports[0].Names, "|") != strings.Join(names, "|") {
		t.Errorf("JSON output %q read back as %q", out.String(), reports[0].Names)
	}
}

// An error naming a hostile file reaches stderr escaped, on one line.
func TestCheckHostileError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad\rname\n.geojson")
	if err := os.WriteFile(path, []byte(`{"type":"FeatureCollection","features":[`), 0o644); err != nil {
		t.Skip("the file system refuses the name:", err)
	}
	var out, errOut bytes.Buffer
	runCheck([]string{path}, &out, &errOut)
	if msg := errOut.String(); strings.Count(msg, "\n") != 1 || !terminalSafe(msg) || !strings.Contains(msg, `bad\rname\n.geojson`) {
		t.Errorf("stderr %q", msg)
	}
}
