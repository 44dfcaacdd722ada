package geo

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MessageChars is how many characters of a name from a file a message
// shows: a file's names and cells are hostile, and a 100 MB name printed
// whole would flood a terminal or freeze a dialog.
const MessageChars = 80

// Shorten gives s cut to at most n characters (runes), the last of them
// "…" when it was cut; s as it is when it is no longer. Invalid UTF-8
// counts a rune per byte and is kept as it is.
func Shorten(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	at, count := 0, 0
	for i := range s {
		if count == n-1 {
			at = i
			break
		}
		count++
	}
	return s[:at] + "…"
}

// ShortList joins names with ", " for a message: each shortened to
// MessageChars, at most most of them, then "… (+N)" for the N left out.
func ShortList(names []string, most int) string {
	var b strings.Builder
	for i, n := range names {
		if i == most {
			fmt.Fprintf(&b, ", … (+%d)", len(names)-most)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Shorten(n, MessageChars))
	}
	return b.String()
}
