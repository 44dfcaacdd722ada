package office

import (
	"context"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// wells is a KoBo export of a form the leaders map.
var wells = &phoneform.Table{Source: "wells.csv", Header: []string{"_xform_id_string", "lat", "lon", "type", "name"},
	Rows: [][]string{{"ub_wells", "47.91", "106.9", "w", "Худаг 1"}}}

// remember keeps m in l's project as the mapping of wells' form.
func (l *laptop) remember(m phoneform.Mapping) {
	l.t.Helper()
	if err := phoneform.Remember(l.p, phoneform.Key(wells), m); err != nil {
		l.t.Fatal(err)
	}
}

// opens is the mapping l's import of wells opens with, failing unless
// it is a remembered one.
func (l *laptop) opens() phoneform.Mapping {
	l.t.Helper()
	m, remembered, err := phoneform.Start(l.p, wells)
	if err != nil || !remembered {
		l.t.Fatalf("%s's import of the wells form opens with a guess (%v)", l.who, err)
	}
	return m
}

// TestFormMappingsSync: a leader of БЗД 2 maps a form and syncs; a leader
// of СБД 6 (another district: mappings are read by all) syncs and the
// import of that form opens prefilled, saved in the office database by
// A's role. A second sync moves nothing; the
// author's change reaches a new laptop; an office's own mapping of the
// form stays on its laptop and does not replace the leader's.
func TestFormMappingsSync(t *testing.T) {
	db := initDB(t)
	leaderA := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'БЗД', 2)")
	leaderB := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'СБД', 6)")
	office := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district) VALUES ('ROLE', 'БЗД')")
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	mapped := phoneform.Mapping{Lat: "lat", Lon: "lon", Category: "type", Name: "name", Codes: map[string]string{"w": "water"}}
	a.remember(mapped)
	if r := a.sync(leaderA); r.MappingsSent != 1 {
		t.Fatalf("A's sync sent %d mappings, want 1", r.MappingsSent)
	}
	if r := b.sync(leaderB); r.MappingsReceived != 1 || len(r.MappingsRefused) != 0 {
		t.Fatalf("B's sync received %d mappings, refused %q", r.MappingsReceived, r.MappingsRefused)
	}
	if got := b.opens(); got.Name != "name" || got.Codes["w"] != "water" {
		t.Errorf("B's import opens with %+v", got)
	}
	if by, err := phoneform.SavedBy(b.p, phoneform.Key(wells)); by != roleOf(t, leaderA) || err != nil {
		t.Errorf("B's mapping was saved by %q (%v), want A's role", by, err)
	}
	for _, s := range []struct {
		l  *laptop
		db string
	}{{a, leaderA}, {b, leaderB}} {
		if r := s.l.sync(s.db); r.MappingsSent != 0 || r.MappingsReceived != 0 {
			t.Errorf("%s's second sync sent %d, received %d mappings", s.l.who, r.MappingsSent, r.MappingsReceived)
		}
	}
	mapped.Notes = "name"
	a.remember(mapped)
	if r := a.sync(leaderA); r.MappingsSent != 1 {
		t.Errorf("A's changed mapping: sent %d, want 1", r.MappingsSent)
	}
	if b.sync(leaderB); b.opens().Notes != "" {
		t.Error("B's own mapping was replaced by A's change")
	}
	o := newLaptop(t, "office")
	o.remember(phoneform.Mapping{Lat: "lat", Lon: "lon"})
	if r := o.sync(office); r.MappingsSent != 0 || r.MappingsReceived != 0 || o.opens().Name != "" {
		t.Errorf("the office's sync sent %d, received %d, opens with %+v", r.MappingsSent, r.MappingsReceived, o.opens())
	}
	oc := connect(t, office)
	if tag, err := oc.Exec(context.Background(), changeMappingSQL, phoneform.Key(wells), "{}"); err != nil || tag.RowsAffected() != 0 {
		t.Errorf("the office's update of the leader's mapping: %v, %d rows", err, tag.RowsAffected())
	}
	if _, err := oc.Exec(context.Background(), "INSERT INTO phone_form_mappings (form_key, mapping, changed_by) VALUES ('form:x', '{}', 'someone')"); err == nil {
		t.Error("the office wrote a mapping in another's name")
	}
	c := newLaptop(t, "Dulmaa")
	if c.sync(leaderB); c.opens().Notes != "name" {
		t.Errorf("a new laptop opens with %+v, not A's changed mapping", c.opens())
	}
}

// TestFormMappingsRefused: mappings on the server over 64 KB or not
// reading are not taken, each refused in one line naming its form; the
// good one beside them is.
func TestFormMappingsRefused(t *testing.T) {
	db := initDB(t)
	conn := connect(t, db)
	big := `{"name":"` + strings.Repeat("ө", 40<<10) + `"}`
	for _, row := range [][2]string{{"form:big", big}, {"form:broken", `{"lat": [`}, {"form:good", `{"lat":"y","lon":"x"}`}} {
		if _, err := conn.Exec(context.Background(), "INSERT INTO phone_form_mappings (form_key, mapping) VALUES ($1, $2)", row[0], row[1]); err != nil {
			t.Fatal(err)
		}
	}
	l := newLaptop(t, "Bat")
	r := l.sync(db)
	if r.MappingsReceived != 1 || len(r.MappingsRefused) != 2 {
		t.Fatalf("received %d, refused %q", r.MappingsReceived, r.MappingsRefused)
	}
	for i, form := range []string{"form:big", "form:broken"} {
		if line := r.MappingsRefused[i]; !strings.Contains(line, form) || strings.Contains(line, "\n") || len(line) > 200 {
			t.Errorf("refusal of %s: %q", form, line)
		}
	}
	have, err := l.p.FormMappings()
	if err != nil || len(have) != 1 || have["form:good"] == "" {
		t.Errorf("the project remembers %v (%v)", have, err)
	}
}

// TestFormMappingsOldServer: a server set up before the mappings' table
// stops the sync with a line saying what to run.
func TestFormMappingsOldServer(t *testing.T) {
	db := initDB(t)
	if _, err := connect(t, db).Exec(context.Background(), "DROP TABLE phone_form_mappings"); err != nil {
		t.Fatal(err)
	}
	_, err := Sync(context.Background(), newLaptop(t, "Bat").p, db, Area{})
	if err == nil || !strings.Contains(err.Error(), "db-init") || strings.Contains(err.Error(), "\n") {
		t.Errorf("sync with a server lacking the table: %v", err)
	}
}
