// Package pgtest gives tests a fresh, empty PostgreSQL database on the
// server named by KHOROOMAP_TEST_PG (a libpq URL of a superuser, as
// `bash .ci/pg-cluster start` prints). Tests skip, saying how to run
// them, when the variable is not set or the server cannot be reached.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Env is the variable naming the test server.
const Env = "KHOROOMAP_TEST_PG"

// DB creates a database of its own for t on the test server, drops it when
// t ends, and returns its URL. It skips t when there is no test server.
func DB(t testing.TB) string {
	t.Helper()
	return create(t, "")
}

// create makes a database for t with CREATE DATABASE's options.
func create(t testing.TB, options string) string {
	t.Helper()
	admin := os.Getenv(Env)
	if admin == "" {
		t.Skip("PostgreSQL tests skipped: set " + Env + "=postgres://… (eval \"$(bash .ci/pg-cluster start)\" starts a throw-away server)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Skipf("PostgreSQL tests skipped: %s=%s cannot be reached: %v", Env, admin, err)
	}
	defer conn.Close(ctx)
	name := "khoroomap_test_" + randomHex()
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name+options); err != nil {
		t.Fatalf("pgtest: creating database %s: %v", name, err)
	}
	t.Cleanup(func() { drop(t, admin, name) })
	return WithDatabase(t, admin, name)
}

// Clone is DB for a database copied from template, a database on the
// test server that nobody is connected to: filling a large one once and
// copying it is quicker than filling each. It skips t when there is no
// test server.
func Clone(t testing.TB, template string) string {
	t.Helper()
	return create(t, " TEMPLATE "+pgx.Identifier{template}.Sanitize())
}

// WithDatabase returns the URL u pointing at database name.
func WithDatabase(t testing.TB, u, name string) string {
	t.Helper()
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatalf("pgtest: %s is not a postgres:// URL: %v", Env, err)
	}
	parsed.Path = "/" + name
	return parsed.String()
}

// drop removes a test database, ending the sessions still on it.
func drop(t testing.TB, admin, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Logf("pgtest: dropping %s: %v", name, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
		t.Logf("pgtest: dropping %s: %v", name, err)
	}
}

func randomHex() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
