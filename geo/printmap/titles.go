package printmap

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// titles fills in the title, the subtitle and the credits. The default
// title names the place: the area, else the district or the city the map
// shows (from the areas' districts), else the project's own title; never
// a file name.
func (pg *page) titles(shown orb.Bound) {
	o := pg.opt
	pg.title = o.Title
	if pg.title == "" && pg.focus != nil {
		pg.title = pg.focus.Name
	}
	if pg.title == "" {
		pg.title = pg.proj.placeName(shown, o.Lang)
	}
	pg.subtitle = o.Subtitle
	if pg.subtitle == "" {
		var parts []string
		switch {
		case pg.focus != nil && pg.focus.District != "":
			parts = append(parts, pg.focus.District)
		case pg.focus != nil && pg.focus.Role == geo.RoleDistrict:
			parts = append(parts, word("Ulaanbaatar", o.Lang))
		}
		pg.subtitle = strings.Join(append(parts, o.Date.Format("2006-01-02")), " · ")
	}
	pg.credits = pg.proj.credits(o)
}

// placeName names what a whole-project map shows: its one khoroo, its
// one district, or the city when its areas lie in several, else the
// project's title (the training project's in lang).
func (p *Project) placeName(shown orb.Bound, lang string) string {
	if ks := p.Areas(geo.RoleKhoroo); len(ks) == 1 {
		return ks[0].Name
	}
	districts := map[string]bool{}
	for _, a := range p.Districts() {
		if a.Geometry.Bound().Intersects(shown) {
			districts[a.Name] = true
		}
	}
	switch {
	case len(districts) == 1:
		for d := range districts {
			return d
		}
	case len(districts) > 1:
		return word("Ulaanbaatar", lang)
	case p.Training:
		return word("Training khoroo", lang)
	case p.Title != "":
		return p.Title
	}
	return word("Khoroo Map", lang)
}

// credits says where the data come from (each layer's attribution or
// file, "© OpenStreetMap contributors" for points or a street map taken
// from OSM, the
// basemap's attribution), who made the map, the date of the data and of
// the print.
func (p *Project) credits(o Options) string {
	var parts []string
	if src := p.sources(o.Lang); len(src) > 0 {
		parts = append(parts, word("Source", o.Lang)+": "+strings.Join(src, "; "))
	}
	if o.Source != "" {
		parts = append(parts, word("Author", o.Lang)+": "+o.Source)
	}
	if d := p.dataDate(); !d.IsZero() {
		parts = append(parts, word("Data as of", o.Lang)+": "+d.Format("2006-01-02"))
	}
	parts = append(parts, word("Made with Khoroo Map", o.Lang)+", "+o.Date.Format("2006-01-02"))
	return strings.Join(parts, " · ")
}

// sources lists the data on the map with their attributions.
func (p *Project) sources(lang string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, dl := range p.Layers {
		if dl.Hidden || dl.Layer == nil {
			continue
		}
		name := dl.Layer.Title
		if name == "" && dl.Layer.Source != "" {
			name = filepath.Base(dl.Layer.Source)
		}
		if a := dl.Layer.Attribution; a != "" {
			name = strings.TrimSpace(name + " (" + a + ")")
		}
		add(name)
	}
	if p.fromOSM() || p.Streets != nil { // points or the street map from OpenStreetMap
		add(word("© OpenStreetMap contributors (ODbL)", lang))
	}
	attribution := p.Attribution
	if attribution == "" && p.Basemap != nil {
		attribution = p.Basemap.Info().Attribution
		if attribution == "" {
			attribution = p.Basemap.Info().Name
		}
	}
	if attribution != "" {
		add(word("Basemap", lang) + ": " + attribution)
	}
	return out
}

// fromOSM says whether any point came from OpenStreetMap: the importer
// notes its tags as "OpenStreetMap: amenity=…".
func (p *Project) fromOSM() bool {
	if p.Annotations == nil {
		return false
	}
	for _, pt := range p.Annotations.Points {
		if strings.HasPrefix(pt.Notes, "OpenStreetMap") {
			return true
		}
	}
	return false
}

// dataDate is when the annotations were last changed (zero when none).
func (p *Project) dataDate() time.Time {
	var d time.Time
	if p.Annotations == nil {
		return d
	}
	for _, pt := range p.Annotations.Points {
		if pt.Modified.After(d) {
			d = pt.Modified
		}
	}
	for _, g := range p.Annotations.Gaps {
		if g.Modified.After(d) {
			d = g.Modified
		}
	}
	return d
}
