package geo

import "testing"

func TestInferRole(t *testing.T) {
	named := func(source, title, field string, names ...string) *Layer {
		l := &Layer{Source: source, Title: title, NameField: field}
		for _, n := range names {
			l.Features = append(l.Features, Feature{Name: n})
		}
		return l
	}
	cases := []struct {
		name string
		l    *Layer
		want Role
	}{
		{"khoroo names", named("khoroos.geojson", "", "khoroo", "1-р хороо"), RoleKhoroo},
		{"kheseg beats khoroo", named("kheseg.geojson", "Сургалтын хороо — хэсгүүд", "name", "1-р хэсэг"), RoleKheseg},
		{"ger areas", named("ger_areas.geojson", "", "name", "Хайлааст гэр хороолол"), RoleGerArea},
		{"districts", named("Ulaanbaatar_districts.geojson", "", "duureg", "Баянгол"), RoleDistrict},
		{"districts with leftover khoroo attributes", &Layer{Source: "Ulaanbaatar_districts.geojson", NameField: "duureg",
			Features: []Feature{{Name: "Баянгол", Props: Props{{"Khoroo_nam", "6-хороо"}, {"duureg", "Баянгол"}}}}}, RoleDistrict},
		{"KML khoroo codes", named("bgd.kml", "bgd", "KH_MON", "БГД_01"), RoleKhoroo},
		{"unknown", named("hexes.geojson", "", "", "#1"), RoleOther},
		{"a khoroo property", &Layer{Source: "bgd.kml", Features: []Feature{{Name: "БГД_01", Props: Props{{"KHOROO_POP", "16655"}}}}}, RoleKhoroo},
		{"points", &Layer{Kind: Points}, RolePoints},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := InferRole(tc.l); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDrawRank(t *testing.T) {
	bottomUp := []Role{RoleDistrict, RoleOther, RoleGerArea, RoleKheseg, RoleKhoroo, RolePoints}
	for i, r := range bottomUp {
		if r.DrawRank() != i {
			t.Errorf("%s.DrawRank() = %d, want %d", r, r.DrawRank(), i)
		}
	}
}
