package store

import (
	"fmt"
	"strings"
)

// quote returns name as one SQL identifier: in double quotes, inner
// double quotes doubled. Go's %q is not SQL quoting (it writes \"), so a
// table name from a file must only ever reach SQL through quote, and only
// after it was found in the file's schema.
func quote(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// literal returns s as an SQL string literal, inner single quotes doubled.
// It is for trigger texts only, which cannot take parameters.
func literal(s string) string {
	return `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
}

// plainName refuses identifiers no project writes: empty, with a NUL or
// another control character, or absurdly long.
func plainName(name string) error {
	if name == "" || len(name) > 1000 {
		return fmt.Errorf("a table or column name of %d bytes", len(name))
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("the name %q holds a control character", name)
		}
	}
	return nil
}
