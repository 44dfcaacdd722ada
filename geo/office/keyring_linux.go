package office

import (
	"os"
	"path/filepath"
)

// keyringReachable reports whether a session bus is there to ask the
// Secret Service on. Without one the D-Bus library would start a bus of
// its own (dbus-launch), leaving a daemon behind on a leader's laptop.
func keyringReachable() bool {
	if mockedKeyring || os.Getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		return true
	}
	dir := os.Getenv("XDG_RUNTIME_DIR")
	if dir == "" {
		return false
	}
	_, err := os.Stat(filepath.Join(dir, "bus"))
	return err == nil
}
