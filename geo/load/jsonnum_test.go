package load

import (
	"strconv"
	"testing"
)

var floatCases = []string{
	"0", "-0", "106.912345", "47.9", "-33.4567891", "0.1", "0.3", "1.7976931348623157",
	"9007199254740991", "9007199254740993", "123456789012345.6", "1e5", "1.5e-3", "00.5", "1.", ".5", "-", "1.2.3",
}

// fastFloat agrees exactly with strconv wherever it answers, and refuses
// what JSON does not allow.
func TestFastFloat(t *testing.T) {
	for _, s := range floatCases {
		checkFastFloat(t, s)
	}
}

func checkFastFloat(t *testing.T, s string) {
	got, ok := fastFloat([]byte(s))
	if !ok {
		return // strconv takes over
	}
	want, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("fastFloat accepted %q, which strconv refuses", s)
	}
	if got != want {
		t.Fatalf("fastFloat(%q) = %v, strconv gives %v", s, got, want)
	}
}

func FuzzFastFloat(f *testing.F) {
	for _, s := range floatCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 0 {
			checkFastFloat(t, s)
		}
	})
}
