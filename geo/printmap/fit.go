package printmap

import (
	"strings"
	"unicode/utf8"
)

// ellipsis ends text that was cut to fit.
const ellipsis = "…"

// maxRunes is more runes than can fit in width mm at size points: no
// glyph of Noto Sans that takes room is narrower than a fifth of an em,
// so text is cut to this many runes before it is measured, whatever its
// length (a 200,000-character name costs no more than a short one).
func maxRunes(width, size float64) int {
	em := size * 25.4 / 72
	return int(width/(em*0.2)) + 2
}

// prefix is text cut to at most n runes.
func prefix(text string, n int) string {
	if n <= 0 {
		return ""
	}
	i := 0
	for j := range text {
		if i == n {
			return text[:j]
		}
		i++
	}
	return text
}

// longestFit is the longest prefix of text (in runes) no wider than
// width, found by bisection: O(log n) measurements of bounded strings.
func longestFit(s measurer, size float64, bold bool, text string, width float64) string {
	text = prefix(text, maxRunes(width, size))
	if s.textWidth(size, bold, text) <= width {
		return text
	}
	lo, hi := 0, utf8.RuneCountInString(text) // prefix(lo) fits, prefix(hi) does not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if s.textWidth(size, bold, prefix(text, mid)) <= width {
			lo = mid
		} else {
			hi = mid
		}
	}
	return prefix(text, lo)
}

// ellipsize is text as it fits in width: whole, or cut with "…".
func ellipsize(s measurer, size float64, bold bool, text string, width float64) string {
	whole := longestFit(s, size, bold, text, width)
	if len(whole) == len(text) {
		return text
	}
	cut := longestFit(s, size, bold, text, width-s.textWidth(size, bold, ellipsis))
	return strings.TrimRight(cut, " ") + ellipsis
}

// wrap breaks text into lines no wider than width: at spaces, and inside
// words too long for a line. At most maxLines lines (0: no limit) are
// returned, the last one ending in "…" when text goes on. The text is
// cut to what that many lines can hold before it is measured, so the
// time is bounded by the space, not by the text's length.
func wrap(s measurer, size float64, bold bool, text string, width float64, maxLines int) []string {
	if maxLines > 0 {
		text = prefix(text, maxLines*maxRunes(width, size))
	}
	var lines []string
	for _, para := range splitLines(text) {
		lines = append(lines, wrapParagraph(s, size, bold, para, width)...)
		if maxLines > 0 && len(lines) > maxLines {
			break
		}
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		cut := longestFit(s, size, bold, lines[maxLines-1], width-s.textWidth(size, bold, ellipsis))
		lines[maxLines-1] = strings.TrimRight(cut, " ") + ellipsis
	}
	return lines
}

// wrapParagraph wraps one paragraph greedily.
func wrapParagraph(s measurer, size float64, bold bool, para string, width float64) []string {
	var lines []string
	line := ""
	for _, w := range splitWords(para) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if s.textWidth(size, bold, try) <= width {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		for w != "" { // a word wider than the line is broken
			part := longestFit(s, size, bold, w, width)
			if part == "" {
				_, n := utf8.DecodeRuneInString(w)
				part = w[:n]
			}
			if len(part) == len(w) {
				break
			}
			lines = append(lines, part)
			w = w[len(part):]
		}
		line = w
	}
	return append(lines, line)
}
