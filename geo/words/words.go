// Package words is the one translation lookup of Khoroo Map: the window,
// printed pages, CSV headers and reports all take their words from the
// same embedded JSON files (assets/translations), keyed by the English
// text. It is free of Fyne, so the commands use it too, and it is safe for
// concurrent use (the tables are read-only after loading).
package words

import (
	"fmt"
	"strings"
	"sync"
)

// Lang is a language the interface speaks. Make one with Parse (or use
// MN or EN): a Lang is always one of those, checked once.
type Lang string

// The languages Khoroo Map speaks.
const (
	MN Lang = "mn"
	EN Lang = "en"
)

// All lists the languages, Mongolian first.
var All = []Lang{MN, EN}

// Parse checks a language code: "mn" or "en", in any case, or a locale
// whose language is one of them ("mn_MN.UTF-8", "en-GB"). Anything else,
// the empty string included, is an error naming the code.
func Parse(code string) (Lang, error) {
	base := strings.ToLower(code)
	if i := strings.IndexAny(base, "_-.@"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "mn":
		return MN, nil
	case "en":
		return EN, nil
	}
	return "", fmt.Errorf("words: language %q: choose mn or en", code)
}

// Default is the language of a page, a CSV or a report asked for with no
// language (lang ""): decided here once, for every package.
const Default = EN

// Of is the language of code for output: code when it is one Khoroo Map
// speaks, else Default. The window passes its own language, so only
// scripts and tests get Default.
func Of(code string) Lang { return Or(code, Default) }

// Or parses code, falling back to def when it is not a language Khoroo Map
// speaks (for a system locale, which may be anything).
func Or(code string, def Lang) Lang {
	if l, err := Parse(code); err == nil {
		return l
	}
	return def
}

// T returns the text keyed by its English wording in l, or the key itself
// when the key has no translation.
func (l Lang) T(key string) string {
	if s, ok := table(l)[key]; ok {
		return s
	}
	return key
}

// F formats the text keyed by format in l with args, as fmt.Sprintf does;
// %w (the keys of errors, see Errorf) prints as %v.
func (l Lang) F(format string, args ...any) string {
	t := l.T(format)
	if strings.Contains(t, "w") {
		t = wrapVerb.ReplaceAllString(t, "${1}v")
	}
	return fmt.Sprintf(t, args...)
}

// Pick returns mn or en, whichever is in l: for names stored in both
// languages (categories, kinds).
func (l Lang) Pick(mn, en string) string {
	if l == MN {
		return mn
	}
	return en
}

var (
	loadOnce sync.Once
	tables   map[Lang]map[string]string
)

// table returns the texts of l; an unknown Lang reads as English.
func table(l Lang) map[string]string {
	loadOnce.Do(func() {
		tables = map[Lang]map[string]string{}
		for _, lang := range All {
			t, err := Table(lang)
			if err != nil {
				panic(err) // the embedded files are part of the build
			}
			tables[lang] = t
		}
	})
	if t, ok := tables[l]; ok {
		return t
	}
	return tables[EN]
}
