package shapefile

import (
	"slices"
	"testing"
)

func TestShortNames(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"name", "category", "category_name", "category_name_en"}, []string{"name", "category", "category_n", "category_2"}},
		{[]string{"recorded_by", "RECORDED_BY", "нэр", ""}, []string{"recorded_b", "RECORDED_2", "F3", "F4"}},
	} {
		if got := ShortNames(c.in); !slices.Equal(got, c.want) {
			t.Errorf("ShortNames(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := cut("Өвөл", 3); got != "Ө" {
		t.Errorf("cut: %q", got)
	}
}
