package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// xvfb starts a private X server and returns its DISPLAY; it skips the
// test when there is no Xvfb.
func xvfb(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts the real window 20 times")
	}
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("no Xvfb")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-noreset", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	n, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	return ":" + strings.TrimSpace(n)
}

// The real window, started and quit 20 times on one profile, never
// prints "Preferences load error" (Fyne's preferences file was truncated
// at quit while its watcher read it: about one quit in five) nor any
// other error; the language chosen before this version, in Fyne's
// preferences.json, is carried into settings.json, and nothing of Khoroo
// Map's goes into preferences.json.
func TestBinaryQuits(t *testing.T) {
	display := xvfb(t)
	bin := buildBinary(t)
	home := t.TempDir()
	dir := filepath.Join(home, ".config", "fyne", "mn.khoroomap.app")
	os.MkdirAll(dir, 0o700)
	old := `{"language":"mn","author":"Батболд"}` + "\n"
	os.WriteFile(filepath.Join(dir, "preferences.json"), []byte(old), 0o600)
	settings := filepath.Join(dir, "settings", "settings.json")
	for i := range 20 {
		os.Remove(settings) // made again from preferences.json at each start
		out := startQuit(t, bin, display, home, settings)
		if strings.Contains(out, "Preferences load error") || strings.Contains(out, "rror") {
			t.Fatalf("start %d printed: %s", i+1, out)
		}
	}
	if data, _ := os.ReadFile(settings); !strings.Contains(string(data), `"language":"mn"`) {
		t.Errorf("settings.json: %q", data)
	}
	// (Fyne itself rewrites the file it read at each start: the same values)
	if data, _ := os.ReadFile(filepath.Join(dir, "preferences.json")); strings.Contains(string(data), "lastProject") {
		t.Errorf("Khoroo Map wrote into preferences.json: %q", data)
	}
}

// startQuit starts the window on home's profile, waits until it shows in
// Mongolian and has kept its project in settings (Fyne's loop is running
// then, and catches signals), quits it as the system does at logout
// (SIGTERM: Fyne's orderly quit) and returns what it printed.
func startQuit(t *testing.T, bin, display, home, settings string) string {
	t.Helper()
	xdotool, err := exec.LookPath("xdotool")
	if err != nil {
		t.Skip("no xdotool")
	}
	var out strings.Builder
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"), "LANG=en_US.UTF-8", "LC_ALL=en_US.UTF-8")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for tries := 0; ; tries++ { // xdotool --sync would wait for ever on a window that never comes
		find := exec.Command(xdotool, "search", "--onlyvisible", "--name", "Хорооны зураг$")
		find.Env = append(os.Environ(), "DISPLAY="+display)
		data, _ := os.ReadFile(settings)
		if strings.Contains(string(data), `"lastProject"`) && find.Run() == nil {
			break
		}
		if tries == 300 {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("no Mongolian window with its project after 300 looks: %s", out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("%v: %s", err, out.String())
	}
	return out.String()
}
