package office

import (
	"os"
	"strings"
	"testing"
)

// TestKeyringAccount: the URL and keyword forms of one connection keep
// one password, under a name that holds no password.
func TestKeyringAccount(t *testing.T) {
	url, err := KeyringAccount("postgres://bat:s3cret@office.khoroo:5433/city?sslmode=require")
	if err != nil {
		t.Fatal(err)
	}
	kw, err := KeyringAccount("host=office.khoroo port=5433 user=bat dbname=city password=s3cret sslmode=require")
	if err != nil {
		t.Fatal(err)
	}
	if url != "bat@office.khoroo:5433/city" || kw != url {
		t.Errorf("got %q and %q", url, kw)
	}
	if _, err := KeyringAccount("postgres://bat:s3cret@[::1"); err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("a broken URL: %v", err)
	}
}

// TestKeyringKeepsAndForgets: a saved password comes back for the same
// role, server and database only, and is gone once forgotten.
func TestKeyringKeepsAndForgets(t *testing.T) {
	MockKeyring()
	const db = "postgres://bat@office/city"
	if _, ok := SavedPassword(db); ok {
		t.Fatal("a password before any was saved")
	}
	if err := SavePassword(db, "Өглөө-1"); err != nil {
		t.Fatal(err)
	}
	if pw, ok := SavedPassword("host=office user=bat dbname=city"); !ok || pw != "Өглөө-1" {
		t.Errorf("got %q %v", pw, ok)
	}
	if _, ok := SavedPassword("postgres://dorj@office/city"); ok {
		t.Error("another role got bat's password")
	}
	if err := ForgetPassword(db); err != nil {
		t.Fatal(err)
	}
	if _, ok := SavedPassword(db); ok {
		t.Error("the password is still kept after it was forgotten")
	}
	if err := ForgetPassword(db); err != nil {
		t.Errorf("forgetting twice: %v", err)
	}
}

// TestRealKeyring uses the computer's own keyring: run with
// KHOROOMAP_REAL_KEYRING=1 (the Windows test binary under wine uses
// Credential Manager; Linux needs a Secret Service on the session bus).
func TestRealKeyring(t *testing.T) {
	if os.Getenv("KHOROOMAP_REAL_KEYRING") != "1" {
		t.Skip("set KHOROOMAP_REAL_KEYRING=1 to use this computer's keyring")
	}
	const db = "postgres://khoroomap-test@127.0.0.1:1/none"
	if err := SavePassword(db, "Үүр-цайх 2026"); err != nil {
		t.Fatal(err)
	}
	if pw, ok := SavedPassword(db); !ok || pw != "Үүр-цайх 2026" {
		t.Errorf("got %q %v", pw, ok)
	}
	if err := ForgetPassword(db); err != nil {
		t.Fatal(err)
	}
	if _, ok := SavedPassword(db); ok {
		t.Error("still kept after it was forgotten")
	}
}
