package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The real window keeps its view whichever way it ends: zoomed in with
// the wheel and quit by Ctrl+Q, it reopens there, and quit by SIGTERM (a
// laptop shutting down) keeps that view again; zoomed out and ended by
// SIGINT, it keeps the new view.
func TestBinaryKeepsView(t *testing.T) {
	display := xvfb(t)
	xdotool, err := exec.LookPath("xdotool")
	if err != nil {
		t.Skip("no xdotool")
	}
	if _, err := exec.LookPath("import"); err != nil {
		t.Skip("no ImageMagick import (to see the map change)")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "fyne", "mn.khoroomap.app")
	settings := filepath.Join(dir, "settings", "settings.json")
	os.MkdirAll(filepath.Dir(settings), 0o700)
	os.WriteFile(settings, []byte(`{"welcomed":true,"language":"en"}`), 0o600)
	g := &guiRun{t: t, bin: bin, display: display, home: home, settings: settings, xdotool: xdotool}

	g.run(func() { g.wheel("4"); g.key("ctrl+q") })
	zoomed := g.view()
	if zoomed == "" {
		t.Fatal("Ctrl+Q kept no view")
	}
	g.run(func() { g.signal(syscall.SIGTERM) })
	if v := g.view(); v != zoomed {
		t.Errorf("after a restart and SIGTERM the view is %q, not %q", v, zoomed)
	}
	g.run(func() {
		before := g.grab()
		g.wheel("5")
		g.drawnAfter(before) // a signal is not queued behind the wheel's events
		g.signal(syscall.SIGINT)
	})
	if v := g.view(); v == zoomed || v == "" {
		t.Errorf("zoomed out and ended by SIGINT, the view kept is %q (before: %q)", v, zoomed)
	}
}

// guiRun starts the real window on a profile of its own.
type guiRun struct {
	t                                     *testing.T
	bin, display, home, settings, xdotool string
	cmd                                   *exec.Cmd
}

// run starts the window, waits until it shows its project, does act and
// waits for the process to end.
func (g *guiRun) run(act func()) {
	g.t.Helper()
	var out strings.Builder
	g.cmd = exec.Command(g.bin)
	g.cmd.Env = append(os.Environ(), "DISPLAY="+g.display, "HOME="+g.home, "XDG_CONFIG_HOME="+filepath.Join(g.home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(g.home, ".cache"), "LANG=en_US.UTF-8")
	g.cmd.Stdout, g.cmd.Stderr = &out, &out
	if err := g.cmd.Start(); err != nil {
		g.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- g.cmd.Wait() }()
	for tries := 0; !g.shown(); tries++ {
		if tries == 300 {
			g.cmd.Process.Kill()
			g.t.Fatalf("no window with its project after 300 looks: %v %s", <-done, out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Second) // the map drawn and fitted
	act()
	select { // a hang guard, not a speed limit: a window that did not end
	case err := <-done:
		if err != nil || strings.Contains(out.String(), "rror") {
			g.t.Errorf("%v: %s", err, out.String())
		}
	case <-time.After(60 * time.Second):
		g.cmd.Process.Kill()
		g.t.Fatalf("the window did not end: %v %s", <-done, out.String())
	}
}

// shown says whether the window is up with its project kept in settings.
func (g *guiRun) shown() bool {
	data, _ := os.ReadFile(g.settings)
	return strings.Contains(string(data), `"lastProject"`) && g.x("search", "--onlyvisible", "--name", "Khoroo Map$") == nil
}

// wheel turns the mouse wheel three steps over the map (4 in, 5 out).
// The pointer is moved there in two steps: X keeps it where the last run
// left it, and a window opened under a pointer that does not move is told
// of no position, so its wheel events went nowhere (the test failed on
// its third run whenever the window had mapped without an enter event).
func (g *guiRun) wheel(button string) {
	g.x("mousemove", "650", "380")
	g.x("mousemove", "700", "400")
	for range 3 {
		g.x("click", button)
		time.Sleep(300 * time.Millisecond)
	}
}

// grab is the screen's pixels.
func (g *guiRun) grab() []byte {
	c := exec.Command("import", "-silent", "-window", "root", "-depth", "8", "rgb:-")
	c.Env = append(os.Environ(), "DISPLAY="+g.display)
	out, err := c.Output()
	if err != nil {
		g.t.Fatalf("import: %v", err)
	}
	return out
}

// drawnAfter waits until the screen differs from before and then holds
// still for half a second: the window has taken what it was sent and drawn
// it. On a loaded machine that takes seconds; 60 s is a hang guard.
func (g *guiRun) drawnAfter(before []byte) {
	g.t.Helper()
	last, still := before, 0
	for end := time.Now().Add(60 * time.Second); time.Now().Before(end); time.Sleep(250 * time.Millisecond) {
		now := g.grab()
		switch {
		case bytes.Equal(now, before):
			still = 0
		case bytes.Equal(now, last):
			if still++; still == 2 {
				return
			}
		default:
			still = 0
		}
		last = now
	}
	g.t.Fatal("the window did not change after the wheel in 60 s")
}

// key presses keys in the window.
func (g *guiRun) key(keys string) { g.x("key", keys) }

// signal sends the process a signal.
func (g *guiRun) signal(s os.Signal) { g.cmd.Process.Signal(s) }

// x runs xdotool on the test's display.
func (g *guiRun) x(args ...string) error {
	c := exec.Command(g.xdotool, args...)
	c.Env = append(os.Environ(), "DISPLAY="+g.display)
	return c.Run()
}

// view is the project's last view in settings.json, "" when none.
func (g *guiRun) view() string {
	g.t.Helper()
	data, err := os.ReadFile(g.settings)
	if err != nil {
		g.t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		g.t.Fatalf("settings.json: %v", err)
	}
	for k, v := range s {
		if strings.HasPrefix(k, "lastView:") {
			view, _ := v.(string)
			return view
		}
	}
	return ""
}
