package app

import (
	"fyne.io/fyne/v2"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// The names of statuses, kinds and severities in the interface language,
// as geo/mapstyle gives them (the same words as on printed maps). Each is
// a function so that it follows a change of language.

func statusLabel(s annot.Status) string { return mapstyle.StatusName(s, currentLang()) }

func gapKindLabel(k annot.GapKind) string { return mapstyle.GapKindName(k, currentLang()) }

func severityLabel(s annot.Severity) string { return mapstyle.SeverityName(s, currentLang()) }

func gapStatusLabel(s annot.GapStatus) string { return mapstyle.GapStatusName(s, currentLang()) }

// currentLang is the interface language of the running app.
func currentLang() string { return langCode(fyne.CurrentApp()) }

// labelsOf translates a list of values with one of the functions above.
func labelsOf[T any](values []T, label func(T) string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = label(v)
	}
	return out
}

// valueOf finds the value whose label is l, or the first value.
func valueOf[T any](values []T, label func(T) string, l string) T {
	for _, v := range values {
		if label(v) == l {
			return v
		}
	}
	return values[0]
}
