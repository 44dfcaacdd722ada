//go:build !linux

package office

// keyringReachable: Windows' Credential Manager and the macOS Keychain
// are always there.
func keyringReachable() bool { return true }
