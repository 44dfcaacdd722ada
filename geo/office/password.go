package office

import (
	"errors"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// A project never holds a password or a connection string: the program
// takes the password from the connection string, PGPASSWORD or ~/.pgpass
// as psql does, else from the OS keyring when the person chose to keep it
// there (keyring.go), else asks for it.

// NeedsPassword reports whether err is the server refusing a connection
// for want of the right password: the caller may ask the person for it
// and try again with WithPassword.
func NeedsPassword(err error) bool {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "28P01" {
		return true
	}
	return err != nil && strings.Contains(err.Error(), "no password supplied")
}

// PasswordAccepted reports whether the server took the password of the
// connection that gave err: it connected, or refused for another reason
// after the login (a missing database, a role without rights), so that
// the password may be kept.
func PasswordAccepted(err error) bool {
	var pgErr *pgconn.PgError
	return err == nil || (errors.As(err, &pgErr) && !NeedsPassword(err) && pgErr.Code != "28000")
}

// HasPassword reports whether connString, PGPASSWORD or ~/.pgpass give a
// password for the connection.
func HasPassword(connString string) bool {
	cfg, err := pgx.ParseConfig(connString)
	return err == nil && cfg.Password != ""
}

// WithPassword returns connString with password set, in its own form (URL
// or keywords). The result is for one connection: never store it.
func WithPassword(connString, password string) string {
	if u, err := url.Parse(connString); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		q := u.Query()
		q.Del("password")
		u.RawQuery = q.Encode()
		u.User = url.UserPassword(u.User.Username(), password)
		return u.String()
	}
	quoted := strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(password)
	return keywordPassword.ReplaceAllString(connString, "") + " password='" + quoted + "'"
}
