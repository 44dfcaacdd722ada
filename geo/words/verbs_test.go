package words

import (
	"fmt"
	"sort"
	"strings"
)

// verbs lists what a format string does with its arguments: for each
// argument (from 0), the verb letter that prints it ('*' for a width or
// precision). It follows fmt's rules for explicit indexes [n].
func verbs(format string) map[int]rune {
	out := map[int]rune{}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0", format[i]) >= 0 {
			i++
		}
		for i < len(format) {
			c := format[i]
			switch {
			case c == '[':
				end := strings.IndexByte(format[i:], ']')
				if end < 0 {
					return out
				}
				var n int
				fmt.Sscanf(format[i+1:i+end], "%d", &n)
				arg = n - 1
				i += end + 1
				continue
			case c == '*':
				out[arg] = '*'
				arg++
			case c == '.' || c >= '0' && c <= '9':
			default:
				if c != '%' {
					out[arg] = rune(c)
					arg++
				}
				goto next
			}
			i++
		}
	next:
	}
	return out
}

// sample returns arguments that suit a format's verbs.
func sample(format string) []any {
	v := verbs(format)
	args := make([]any, len(v))
	for i := range args {
		switch v[i] {
		case 'd', '*', 'x', 'c':
			args[i] = 3 + i
		case 'f', 'g', 'e':
			args[i] = 12.5 + float64(i)
		case 'q', 's', 'v':
			args[i] = fmt.Sprintf("word%d", i)
		case 't':
			args[i] = true
		default:
			args[i] = fmt.Sprintf("arg%d", i)
		}
	}
	return args
}

// describe prints a verb map in argument order, for messages.
func describe(v map[int]rune) string {
	var parts []string
	for i, r := range v {
		parts = append(parts, fmt.Sprintf("arg %d: %%%c", i+1, r))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}
