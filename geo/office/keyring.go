package office

import (
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/zalando/go-keyring"
)

// keyringService names Khoroo Map's entries in the OS keyring (Windows'
// Credential Manager, the Secret Service of GNOME or KDE on Linux, the
// macOS Keychain).
const keyringService = "Khoroo Map"

// keyringWait is how long a keyring may take to answer (it may ask the
// person to unlock it) before it counts as not there.
var keyringWait = 60 * time.Second

// ErrNoKeyring is the keyring being absent or not answering: the caller
// asks for the password instead.
var ErrNoKeyring = errors.New("office: this computer offers no keyring to keep the password in")

// KeyringAccount is the name a connection's password is kept under in the
// keyring: role@host:port/database, never the password itself. A
// connection string that cannot be read has none.
func KeyringAccount(connString string) (string, error) {
	cfg, err := pgx.ParseConfig(connString)
	if err != nil {
		return "", fmt.Errorf("office: the connection %s cannot be read: %w", Redact(connString), redactErr(err))
	}
	return fmt.Sprintf("%s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database), nil
}

// SavedPassword is the password the keyring keeps for connString's role,
// server and database: ok is false when there is none, or no keyring.
func SavedPassword(connString string) (password string, ok bool) {
	acct, err := KeyringAccount(connString)
	if err != nil || !keyringReachable() {
		return "", false
	}
	err = inTime(func() (err error) { password, err = keyring.Get(keyringService, acct); return err })
	return password, err == nil
}

// SavePassword keeps password in the OS keyring for connString's role,
// server and database, never in the project. It returns ErrNoKeyring
// (wrapped, with the keyring's own reason) when there is no keyring.
func SavePassword(connString, password string) error {
	acct, err := KeyringAccount(connString)
	if err != nil {
		return err
	}
	if !keyringReachable() {
		return ErrNoKeyring
	}
	if err := inTime(func() error { return keyring.Set(keyringService, acct, password) }); err != nil {
		return fmt.Errorf("%w (%v)", ErrNoKeyring, err)
	}
	return nil
}

// ForgetPassword removes the kept password of connString's role, server
// and database, if any: after the server refused it, or when asked.
func ForgetPassword(connString string) error {
	acct, err := KeyringAccount(connString)
	if err != nil || !keyringReachable() {
		return err
	}
	err = inTime(func() error { return keyring.Delete(keyringService, acct) })
	if err != nil && !errors.Is(err, keyring.ErrNotFound) {
		return fmt.Errorf("office: the keyring kept the password of %s: %w", acct, err)
	}
	return nil
}

// inTime runs f, giving up after keyringWait (a locked keyring waits for
// the person, a stuck one for ever).
func inTime(f func() error) error {
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(keyringWait):
		return ErrNoKeyring
	}
}
