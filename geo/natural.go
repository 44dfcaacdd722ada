package geo

import "strings"

// NaturalLess orders names as people count them: the runs of digits in
// them compare as numbers, so "IMG_9.jpg" comes before "IMG_10.jpg" and
// "2-р хэсэг" before "10-р хэсэг"; the rest compares as text. Equal runs
// with other zero padding ("06", "6") fall back to the text order.
func NaturalLess(a, b string) bool {
	origA, origB := a, b
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[da:], b[db:]
			continue
		}
		ta, tb := textRun(a), textRun(b)
		if a[:ta] != b[:tb] {
			return a[:ta] < b[:tb]
		}
		a, b = a[ta:], b[tb:]
	}
	if a == "" && b == "" {
		return origA < origB // the same but for zero padding
	}
	return a == ""
}

// digitRun is the length of the ASCII digits s starts with.
func digitRun(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// textRun is the length of what s starts with up to its first digit (at
// least one byte, so that a digit run facing text moves on).
func textRun(s string) int {
	i := 1
	for i < len(s) && (s[i] < '0' || s[i] > '9') {
		i++
	}
	return i
}

// NaturalCompare is NaturalLess as a comparison for slices.SortFunc:
// -1 when a comes first, 1 when b does, 0 when neither.
func NaturalCompare(a, b string) int {
	switch {
	case NaturalLess(a, b):
		return -1
	case NaturalLess(b, a):
		return 1
	}
	return 0
}
