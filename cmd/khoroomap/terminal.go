package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hidden says whether a terminal would act on r rather than show it:
// control characters (ESC starts colour and title sequences, CR rewrites
// the line, NUL, DEL, the C1 range), bidirectional overrides that reorder
// what is shown, and Unicode's line and paragraph separators.
func hidden(r rune) bool {
	return unicode.IsControl(r) || unicode.In(r, unicode.Bidi_Control, unicode.Zl, unicode.Zp)
}

// visible writes text from a file (a feature name, a file name, a
// warning) so a terminal shows it as it is: hidden characters, line
// breaks and tabs included, become Go escapes (\x1b, \r, \n, \u202e) and
// bytes that are not UTF-8 become \xNN. Other text, Cyrillic included,
// is unchanged.
func visible(s string) string {
	return escape(s, func(rune) bool { return false })
}

// escape is visible, but keeps the runes keep says to keep.
func escape(s string, keep func(rune) bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case hidden(r) && !keep(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// terminalWriter passes a command's output to a terminal with hidden
// characters made visible (see visible), except the line breaks and tabs
// the command itself writes (flag's usage text is laid out with tabs). A
// UTF-8 sequence split between two writes is held back until its end
// arrives (an unfinished one at exit is dropped). It is not safe for
// concurrent use.
type terminalWriter struct {
	w    io.Writer
	held []byte
}

func (t *terminalWriter) Write(p []byte) (int, error) {
	buf := append(t.held, p...)
	end := len(buf)
	for k := 1; k < utf8.UTFMax && k <= end; k++ { // an unfinished sequence at the end
		if utf8.RuneStart(buf[end-k]) {
			if !utf8.FullRune(buf[end-k:]) {
				end -= k
			}
			break
		}
	}
	t.held = append([]byte(nil), buf[end:]...)
	_, err := io.WriteString(t.w, escape(string(buf[:end]), func(r rune) bool { return r == '\n' || r == '\t' }))
	return len(p), err
}

// jsonVisible escapes in encoded JSON the hidden characters encoding/json
// leaves raw (DEL, the C1 range, bidirectional overrides) as \uXXXX, which
// JSON readers decode back; they can only occur inside strings. The line
// breaks of the layout stay.
func jsonVisible(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r >= 0x7f && hidden(r) { // below, encoding/json escaped them; the rest is layout
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}
