package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestNoDisplay(t *testing.T) {
	env := func(display string) func(string) string {
		return func(k string) string {
			if k == "DISPLAY" {
				return display
			}
			return ""
		}
	}
	cases := []struct {
		name, goos, display, want string
	}{
		{"Linux without X", "linux", "", "no display (DISPLAY is not set)"},
		{"Linux with X", "linux", ":0", ""},
		{"FreeBSD without X", "freebsd", "", "no display (DISPLAY is not set)"},
		{"Windows", "windows", "", ""},
		{"macOS", "darwin", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := noDisplay(c.goos, env(c.display)); got != c.want {
				t.Errorf("noDisplay = %q, want %q", got, c.want)
			}
		})
	}
}

// Without a display the real binary says so in one line and exits 1,
// instead of GLFW's panic and a Go trace; the same when DISPLAY names a
// server that is not there. A hostile file name in the window's own
// errors reaches the terminal escaped.
func TestBinaryNoDisplay(t *testing.T) {
	bin := buildBinary(t)
	t.Run("hostile file name", func(t *testing.T) {
		dir := t.TempDir()
		out, _ := exec.Command(bin, "--screenshot", filepath.Join(dir, "s.png"), filepath.Join(dir, "no\x1b[2Jfile.geojson")).CombinedOutput()
		if want := `no\x1b[2Jfile.geojson: cannot open`; !strings.Contains(string(out), want) || strings.Contains(string(out), "\x1b") {
			t.Errorf("output %q, want %q", out, want)
		}
	})
	cases := []struct{ name, display, want string }{
		{"DISPLAY unset", "", "khoroomap: cannot open a window: no display (DISPLAY is not set); the sub-commands work without one: khoroomap check|import|export|atlas|coverage|find|merge\n"},
		{"no server", ":65000", "khoroomap: cannot open a window: X11: Failed to open display :65000; the sub-commands work without one: "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(bin)
			cmd.Env = []string{"HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8"}
			if c.display != "" {
				cmd.Env = append(cmd.Env, "DISPLAY="+c.display)
			}
			out, err := cmd.CombinedOutput()
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != 1 {
				t.Errorf("exit %v, want 1", err)
			}
			if !strings.HasPrefix(string(out), c.want) || strings.Count(string(out), "\n") != 1 || strings.Contains(string(out), "goroutine") {
				t.Errorf("output %q, want one line %q", out, c.want)
			}
		})
	}
}
