package office

import "github.com/zalando/go-keyring"

// mockedKeyring is set by MockKeyring.
var mockedKeyring bool

// MockKeyring replaces the OS keyring with one in memory, for tests (of
// this package and of the window and commands that use it).
func MockKeyring() {
	keyring.MockInit()
	mockedKeyring = true
}
