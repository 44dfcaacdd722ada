package office

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// TestWithPassword: a password with quotes, spaces, Cyrillic and URL
// delimiters reaches the driver intact in both connection-string forms,
// replacing one already there.
func TestWithPassword(t *testing.T) {
	const pw = `Ө ү'\"@/:?#&=% x`
	for _, cs := range []string{
		"postgres://bat@db.khoroo.mn:5432/office?sslmode=require",
		"postgres://bat:old@db.khoroo.mn/office?password=older",
		"host=db.khoroo.mn user=bat dbname=office sslmode=require",
		"host=db.khoroo.mn password='old one' user=bat dbname=office",
	} {
		cfg, err := pgx.ParseConfig(WithPassword(cs, pw))
		if err != nil {
			t.Errorf("%s: %v", cs, err)
			continue
		}
		if cfg.Password != pw || cfg.User != "bat" || cfg.Database != "office" {
			t.Errorf("%s: password %q, user %q, db %q", cs, cfg.Password, cfg.User, cfg.Database)
		}
		if red := Redact(WithPassword(cs, pw)); bytes.Contains([]byte(red), []byte("ү")) {
			t.Errorf("Redact left the password in %s", red)
		}
	}
}

func TestNeedsPassword(t *testing.T) {
	wrong := &pgconn.PgError{Code: "28P01", Message: "password authentication failed for user \"bat\""}
	if !NeedsPassword(redactErr(wrong)) {
		t.Error("a failed password is not recognised through the connection error")
	}
	if NeedsPassword(&pgconn.PgError{Code: "3D000"}) || NeedsPassword(nil) || NeedsPassword(errors.New("timeout")) {
		t.Error("another error is taken for a wrong password")
	}
}

// TestProjectNeverHoldsThePassword: after syncing with a password in the
// connection string, no byte of the project (or its journal) holds it.
func TestProjectNeverHoldsThePassword(t *testing.T) {
	db := initDB(t)
	const pw = "Хоroo-S3cret-ӨҮ"
	a := newLaptop(t, "Bat")
	a.add("Ус", 106.9, 47.9)
	if _, err := Sync(context.Background(), a.p, WithPassword(db, pw), Area{}); err != nil {
		t.Fatal(err)
	}
	a.sync(WithPassword(db, pw))
	for _, suffix := range []string{"", "-wal", "-journal"} {
		b, err := os.ReadFile(a.p.Path() + suffix)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(pw)) || bytes.Contains(b, []byte("S3cret")) {
			t.Errorf("%s%s holds the password", a.p.Path(), suffix)
		}
	}
}
