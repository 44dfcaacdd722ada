package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// The translated names of statuses, kinds and severities. Each is a
// function so that it follows a change of language.

func statusLabel(s annot.Status) string {
	switch s {
	case annot.Working:
		return lang.L("Working")
	case annot.Broken:
		return lang.L("Broken")
	case annot.Planned:
		return lang.L("Planned")
	case annot.Closed:
		return lang.L("Closed")
	}
	return string(s)
}

func gapKindLabel(k annot.GapKind) string {
	switch k {
	case annot.MissingService:
		return lang.L("Missing service")
	case annot.Unsafe:
		return lang.L("Unsafe place")
	case annot.Flooding:
		return lang.L("Flooding")
	case annot.NoLighting:
		return lang.L("No lighting")
	case annot.WasteDump:
		return lang.L("Waste dump")
	case annot.BadRoad:
		return lang.L("Bad road")
	case annot.OtherGap:
		return lang.L("Other problem")
	}
	return string(k)
}

func severityLabel(s annot.Severity) string {
	switch s {
	case annot.Low:
		return lang.L("Low")
	case annot.Medium:
		return lang.L("Medium")
	case annot.High:
		return lang.L("High")
	}
	return string(s)
}

func gapStatusLabel(s annot.GapStatus) string {
	switch s {
	case annot.Open:
		return lang.L("Open")
	case annot.Raised:
		return lang.L("Raised at a meeting")
	case annot.InProgress:
		return lang.L("In progress")
	case annot.Resolved:
		return lang.L("Resolved")
	}
	return string(s)
}

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
