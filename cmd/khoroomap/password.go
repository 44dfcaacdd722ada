package main

import (
	"errors"
	"flag"
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

// dbFlags registers the office database's flags of sync and db-init: -db
// and -remember.
func dbFlags(fs *flag.FlagSet) (db *string, remember *bool) {
	db = fs.String("db", os.Getenv("KHOROOMAP_DB"), "the office database: postgres://user@host/db?sslmode=require or host=… dbname=… (default $KHOROOMAP_DB)")
	remember = fs.Bool("remember", false, "keep a password that has to be asked in this computer's keyring (Windows' Credential Manager, the Secret Service on Linux), so that it is not asked again")
	return db, remember
}

// withPassword runs try on db. When the server refuses it for want of a
// password that db, PGPASSWORD and ~/.pgpass do not give, it tries the
// one the OS keyring keeps for this role, server and database (forgetting
// it when refused), else asks for one, as psql does, and tries once more;
// with remember, an asked password the server took is kept in the
// keyring. Nothing keeps it in the project.
func withPassword(db string, remember bool, stderr io.Writer, try func(db string) error) error {
	err := try(db)
	if !office.NeedsPassword(err) || office.HasPassword(db) {
		return err
	}
	if pw, ok := office.SavedPassword(db); ok {
		if err = try(office.WithPassword(db, pw)); !office.NeedsPassword(err) {
			return err
		}
		if ferr := office.ForgetPassword(db); ferr == nil {
			fmt.Fprintln(stderr, "the password kept in this computer's keyring was refused; it is forgotten")
		}
	}
	pw, askErr := askPassword(stderr, fmt.Sprintf("Password for %s: ", office.Redact(db)))
	if askErr != nil {
		return fmt.Errorf("%w; %v", err, askErr)
	}
	err = try(office.WithPassword(db, pw))
	if remember && office.PasswordAccepted(err) {
		if serr := office.SavePassword(db, pw); serr != nil {
			fmt.Fprintln(stderr, "the password is not kept:", serr)
		} else {
			fmt.Fprintln(stderr, "the password is kept in this computer's keyring; the next time it is not asked")
		}
	}
	return err
}
