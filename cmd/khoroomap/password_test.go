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

	"github.com/khoroomap/khoroomap/geo/store"
)

// passwordServer is a stand-in for an office database that wants the
// password right and then refuses the database: enough to see what a
// client sends.
type passwordServer struct {
	mu   sync.Mutex
	seen []string
}

func (s *passwordServer) serve(t *testing.T, right string) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
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
