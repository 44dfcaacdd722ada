//go:build !windows

package settings

// busy reports whether err is the system refusing a file for a moment:
// never, outside Windows.
func busy(error) bool { return false }
