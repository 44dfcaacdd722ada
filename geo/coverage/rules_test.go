package coverage

import (
	"errors"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// settings is a project's settings in memory; err fails every read.
type settings struct {
	kv  map[string]string
	err error
}

func (s settings) Setting(k string) (string, bool, error) {
	v, ok := s.kv[k]
	return v, ok, s.err
}

// The distance kept in a project wins when it is a positive number; all
// else gives the category's default.
func TestDistance(t *testing.T) {
	kept := func(v string) settings { return settings{kv: map[string]string{SettingKey("school"): v}} }
	for _, tc := range []struct {
		name string
		st   Settings
		want float64
	}{
		{"no project", nil, 1000},
		{"nothing kept", settings{}, 1000},
		{"kept", kept("750"), 750},
		{"zero", kept("0"), 1000},
		{"negative", kept("-5"), 1000},
		{"not a number", kept("far"), 1000},
		{"unreadable", settings{kv: kept("750").kv, err: errors.New("locked")}, 1000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Distance(tc.st, "school"); got != tc.want {
				t.Errorf("got %g, want %g", got, tc.want)
			}
		})
	}
}

// layer is a polygon layer of areas, each with its properties.
func layer(areas ...Area) *geo.Layer {
	l := &geo.Layer{Kind: geo.Polygons}
	for i, a := range areas {
		l.Features = append(l.Features, geo.Feature{Name: a.Name, Geometry: a.Geometry})
		if b := a.Geometry.Bound(); i == 0 {
			l.Bound = b
		} else {
			l.Bound = l.Bound.Union(b)
		}
	}
	return l
}

// +-------- district Сүхбаатар --------+
// |   +-khoroo-+                        |
// |   |   1    |      (khoroo 2 hidden) |
// |   +--------+                        |
// +-------------------------------------+
// The areas of a role are those of shown layers, their district told by
// the district layer under them.
func TestAreasOfRole(t *testing.T) {
	d := square(ub, 5000, 0)
	d.Name = "Сүхбаатар"
	k1, k2 := square(ub, 800, 0), square(at(ub, 1500, 0), 800, 0)
	k1.Name, k2.Name = "1-р хороо", "2-р хороо"
	layers := []Layer{
		{Layer: layer(d), Role: geo.RoleDistrict},
		{Layer: layer(k1), Role: geo.RoleKhoroo},
		{Layer: layer(k2), Role: geo.RoleKhoroo, Hidden: true},
	}
	got := AreasOfRole(layers, geo.RoleKhoroo, false)
	if len(got) != 1 || got[0].Name != "1-р хороо" {
		t.Fatalf("got %+v", got)
	}
	if got[0].District != "Сүхбаатар" {
		t.Errorf("district %q (%+v), want the district layer's", got[0].District, got[0].Key)
	}
	if n := len(AreasOfRole(layers, geo.RoleKhoroo, true)); n != 2 {
		t.Errorf("%d khoroos with the hidden one, want 2", n)
	}
	if n := len(AreasOfRole(layers, geo.RoleKheseg, false)); n != 0 {
		t.Errorf("%d kheseg areas", n)
	}
}
