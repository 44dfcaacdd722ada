package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"github.com/khoroomap/khoroomap/geo/office"
)

// askPassword reads a password from the terminal without echoing it;
// tests replace it.
var askPassword = func(stderr io.Writer, prompt string) (string, error) {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("there is no terminal to ask for it on: set PGPASSWORD or add it to ~/.pgpass")
	}
	fmt.Fprint(stderr, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(stderr)
	return string(b), err
}

// withPassword runs try on db. When the server refuses it for want of a
// password that db, PGPASSWORD and ~/.pgpass do not give, it asks for one,
// as psql does, and tries once more with it; the password is kept
// nowhere.
func withPassword(db string, stderr io.Writer, try func(db string) error) error {
	err := try(db)
	if !office.NeedsPassword(err) || office.HasPassword(db) {
		return err
	}
	pw, askErr := askPassword(stderr, fmt.Sprintf("Password for %s: ", office.Redact(db)))
	if askErr != nil {
		return fmt.Errorf("%w; %v", err, askErr)
	}
	return try(office.WithPassword(db, pw))
}
