package office

import (
	"context"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	cases := []struct{ in, want string }{
		{"postgres://leader:s3cret@office:5432/city?sslmode=require", "postgres://leader:xxxxx@office:5432/city?sslmode=require"},
		{"postgresql://leader@office/city?password=s3cret", "postgresql://leader@office/city?password=xxxxx"},
		{"host=office dbname=city password=s3cret sslmode=require", "host=office dbname=city password=xxxxx sslmode=require"},
		{"host=office password='s3 cret' dbname=city", "host=office password=xxxxx dbname=city"},
		{"postgres://leader@office/city", "postgres://leader@office/city"},
		// too broken for url.Parse: the password was shown as typed
		{"postgres://leader:s3cret@[::1/city", "postgres://leader:xxxxx@[::1/city"},
	}
	for _, c := range cases {
		if got := Redact(c.in); got != c.want {
			t.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestConnectErrorHidesPassword: a refused connection names the server but
// never the password.
func TestConnectErrorHidesPassword(t *testing.T) {
	_, err := Connect(context.Background(), "postgres://leader:s3cret@127.0.0.1:1/city?connect_timeout=2")
	if err == nil {
		t.Fatal("connected to port 1")
	}
	if msg := err.Error(); strings.Contains(msg, "s3cret") || !strings.Contains(msg, "127.0.0.1") || strings.Contains(msg, "\n") {
		t.Errorf("error %q: want one line naming the server, the password hidden", err)
	}
}
