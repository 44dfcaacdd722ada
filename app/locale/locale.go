// Package locale keeps the interface language under the app's control.
//
// Fyne reads the system locale from LC_ALL, LC_MESSAGES and LANG when its
// lang package initialises, and logs "Error parsing user locale" for POSIX
// locales such as "C.UTF-8", common on servers and minimal Linux installs.
// This package has no dependencies beyond the standard library, and its
// import path sorts before Fyne's own dependencies, so Go initialises it
// first (the spec initialises packages in import-path order as their
// imports allow): by then a POSIX locale has been replaced by English.
package locale

import (
	"os"
	"strings"
)

func init() {
	if IsPOSIX(Effective()) {
		setMessages("en")
	}
}

// Effective returns the locale that decides the language of messages: the
// first of LC_ALL, LC_MESSAGES and LANG that is set.
func Effective() string {
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(env); v != "" {
			return v
		}
	}
	return ""
}

// IsPOSIX reports whether a locale is the untranslated POSIX one ("C",
// "C.UTF-8", "POSIX") or unset.
func IsPOSIX(loc string) bool {
	base, _, _ := strings.Cut(loc, ".")
	return base == "" || base == "C" || base == "POSIX"
}

// setMessages makes code the language of messages for this process: in
// LC_ALL when that is set (it overrides the others), else LC_MESSAGES,
// leaving character handling (LC_CTYPE) alone. The window's language is
// not chosen this way (Windows ignores these variables): see app's
// useLanguage.
func setMessages(code string) {
	if os.Getenv("LC_ALL") != "" {
		os.Setenv("LC_ALL", code)
		return
	}
	os.Setenv("LC_MESSAGES", code)
}
