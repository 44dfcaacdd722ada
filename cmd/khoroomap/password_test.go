package main

import (
	"bytes"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgproto3"

	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/store"
)

// passwordServer is a stand-in for an office database that wants the
// password right and then refuses the database: enough to see what a
// client sends.
type passwordServer struct {
	mu    sync.Mutex
	seen  []string
	right string // the password it takes (changed by tests)
}

func (s *passwordServer) serve(t *testing.T, right string) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	s.right = right
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			right := s.right
			s.mu.Unlock()
			s.one(c, right)
		}
	}()
	return l.Addr().String()
}

func (s *passwordServer) one(c net.Conn, right string) {
	defer c.Close()
	be := pgproto3.NewBackend(c, c)
	if _, err := be.ReceiveStartupMessage(); err != nil {
		return
	}
	be.Send(&pgproto3.AuthenticationCleartextPassword{})
	be.SetAuthType(pgproto3.AuthTypeCleartextPassword)
	if be.Flush() != nil {
		return
	}
	msg, err := be.Receive()
	pw, ok := msg.(*pgproto3.PasswordMessage)
	if err != nil || !ok {
		return
	}
	s.mu.Lock()
	s.seen = append(s.seen, pw.Password)
	s.mu.Unlock()
	refusal := &pgproto3.ErrorResponse{Severity: "FATAL", Code: "3D000", Message: "no such database here"}
	if pw.Password != right {
		refusal = &pgproto3.ErrorResponse{Severity: "FATAL", Code: "28P01", Message: "password authentication failed for user \"bat\""}
	}
	be.Send(refusal)
	be.Flush()
}

// TestSyncAsksForThePassword: a server that wants a password the URL and
// environment do not give gets it asked once, and the project never
// holds it.
func TestSyncAsksForThePassword(t *testing.T) {
	const pw = "Ө-хороо-S3cret"
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	srv := &passwordServer{}
	addr := srv.serve(t, pw)
	asked := 0
	old := askPassword
	askPassword = func(io.Writer, string) (string, error) { asked++; return pw, nil }
	t.Cleanup(func() { askPassword = old })
	project := filepath.Join(t.TempDir(), "p.gpkg")
	if err := store.Create(project); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := runSync([]string{"-project", project, "-db", "postgres://bat@" + addr + "/office?sslmode=disable"}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "no such database here") || strings.Contains(errb.String(), pw) {
		t.Errorf("exit %d, stderr %q; want 1 and the server's refusal after the password, without it", code, errb.String())
	}
	if asked != 1 || len(srv.seen) != 2 || srv.seen[0] != "" || srv.seen[1] != pw {
		t.Errorf("asked %d times; the server saw %q; want once, then the password", asked, srv.seen)
	}
	if b, err := os.ReadFile(project); err != nil || bytes.Contains(b, []byte("S3cret")) {
		t.Errorf("the project holds the password (or cannot be read: %v)", err)
	}
}

// TestSyncKeepsThePasswordInTheKeyring: with -remember an asked password
// the server took is kept in the OS keyring (here one in memory), so the
// next sync asks nothing; once the server changes it, the kept one is
// refused, forgotten, and the new one asked.
func TestSyncKeepsThePasswordInTheKeyring(t *testing.T) {
	office.MockKeyring()
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	srv := &passwordServer{}
	addr := srv.serve(t, "first-Ө")
	var answer string
	asked := 0
	old := askPassword
	askPassword = func(io.Writer, string) (string, error) { asked++; return answer, nil }
	t.Cleanup(func() { askPassword = old })
	project := filepath.Join(t.TempDir(), "p.gpkg")
	if err := store.Create(project); err != nil {
		t.Fatal(err)
	}
	db := "postgres://bat@" + addr + "/office?sslmode=disable"
	sync := func(args ...string) string {
		var out, errb bytes.Buffer
		runSync(append([]string{"-project", project, "-db", db}, args...), &out, &errb)
		return errb.String()
	}
	answer = "first-Ө"
	if msg := sync("-remember"); asked != 1 || !strings.Contains(msg, "kept in this computer's keyring") {
		t.Fatalf("asked %d times: %q", asked, msg)
	}
	if pw, ok := office.SavedPassword(db); !ok || pw != "first-Ө" {
		t.Fatalf("kept %q %v", pw, ok)
	}
	srv.mu.Lock()
	srv.seen = nil
	srv.mu.Unlock()
	if msg := sync(); asked != 1 || !strings.Contains(msg, "no such database here") || len(srv.seen) != 2 || srv.seen[1] != "first-Ө" {
		t.Errorf("the second sync: asked %d times, the server saw %q: %q", asked, srv.seen, msg)
	}
	srv.mu.Lock()
	srv.right = "second-Ү"
	srv.mu.Unlock()
	answer = "second-Ү"
	if msg := sync(); asked != 2 || !strings.Contains(msg, "refused; it is forgotten") {
		t.Errorf("after the server's change: asked %d times: %q", asked, msg)
	}
	if _, ok := office.SavedPassword(db); ok {
		t.Error("the refused password is still kept (without -remember the new one is not)")
	}
	if b, err := os.ReadFile(project); err != nil || bytes.Contains(b, []byte("first-")) || bytes.Contains(b, []byte("second-")) {
		t.Errorf("the project holds a password (or cannot be read: %v)", err)
	}
}
