package office

import (
	"context"
	"errors"
	"net"
	"net/url"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Connect opens one connection to the office database. connString is a
// libpq URL (postgres://user@host:port/db?sslmode=require) or keyword
// string (host=… dbname=…); a password comes from it, PGPASSWORD or
// ~/.pgpass, as with psql. Errors never show the password.
func Connect(ctx context.Context, connString string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(connString)
	if err != nil {
		return nil, words.Errorf("office: %s is not a PostgreSQL connection string (postgres://user@host/db or host=… dbname=…): %w", Redact(connString), redactErr(err))
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, words.Errorf("office: cannot connect to %s: %w", Redact(connString), redactErr(err))
	}
	return conn, nil
}

var keywordPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// Redact returns connString with any password replaced by "xxxxx", for
// messages and logs.
func Redact(connString string) string {
	if u, err := url.Parse(connString); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		if q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	// a URL too broken to parse may still hold user:password@
	connString = urlPassword.ReplaceAllString(connString, "${1}xxxxx@")
	return keywordPassword.ReplaceAllString(connString, "${1}xxxxx")
}

// urlPassword is the password of a postgres:// URL, found without parsing.
var urlPassword = regexp.MustCompile(`(?i)(postgres(?:ql)?://[^:@/]*:)[^@]*@`)

// redactErr hides a password that a driver error repeats.
func redactErr(err error) error {
	return &redacted{err}
}

type redacted struct{ err error }

// Error is the driver's message on one line, without the password.
func (r *redacted) Error() string {
	return Redact(strings.Join(strings.Fields(r.err.Error()), " "))
}
func (r *redacted) Unwrap() error { return r.err }

// In words what a person can do about the driver's error in l, its own
// message kept in brackets: a wrong password, a server not reached.
func (r *redacted) In(l words.Lang) string {
	var dns *net.DNSError
	var op *net.OpError
	switch {
	case NeedsPassword(r.err):
		return l.T("the server refused the user name or password") + " (" + r.Error() + ")"
	case errors.As(r.err, &dns) || errors.As(r.err, &op):
		return l.T("the server cannot be reached: check its address and this computer's network") + " (" + r.Error() + ")"
	}
	return r.Error()
}
