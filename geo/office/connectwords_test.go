package office

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/khoroomap/khoroomap/geo/words"
)

// A connection refused for its password, or a server not reached, is
// worded in Mongolian with what to do; the driver's own text stays in
// brackets, and the English text is the driver's as before. (The test
// server trusts every login, so the refused password is the driver's
// error made here, as the server would send it.)
func TestConnectErrorsWorded(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, unreached := Connect(context.Background(), "postgres://bat:secret@"+addr+"/office?connect_timeout=5")
	refused := words.Errorf("office: cannot connect to %s: %w", "postgres://bat@office/db",
		redactErr(&pgconn.PgError{Severity: "FATAL", Code: "28P01", Message: `password authentication failed for user "bat"`}))
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"not reached", unreached, "сервертэй холбогдож чадсангүй"},
		{"password refused", refused, "нууц үгийг хүлээж авсангүй"},
	} {
		t.Run(c.name, func(t *testing.T) {
			mn := words.MN.Explain(c.err)
			if !strings.Contains(mn, c.want) || !strings.Contains(mn, "(") || strings.Contains(mn, "secret") {
				t.Errorf("Mongolian: %q", mn)
			}
			if en := words.EN.Explain(c.err); en != c.err.Error() || strings.Contains(en, "сервер") {
				t.Errorf("English: %q", en)
			}
		})
	}
}
