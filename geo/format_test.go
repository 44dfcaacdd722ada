package geo

import (
	"math"
	"testing"
)

// Absurd numbers from hostile files stay short in messages and panels.
func TestFormatValueCompact(t *testing.T) {
	cases := []struct {
		name string
		in   float64
		want string
	}{
		{"huge", 1e300, "1e+300"},
		{"huge negative", -8.983152841195215e295, "-8.983152841195215e+295"},
		{"JavaScript's limit", 1e21, "1e+21"},
		{"an OSM node ID", 12345678901, "12345678901"},
		{"below JavaScript's limit", 123456789012345680000, "123456789012345680000"},
		{"tiny", 1e-300, "1e-300"},
		{"small", 0.000001, "0.000001"},
		{"zero", 0, "0"},
		{"infinity", math.Inf(-1), "-Inf"},
		{"coordinate", 106.918829, "106.918829"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := FormatValue(c.in); got != c.want {
				t.Errorf("FormatValue(%v) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
