package exchange

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Options tune an import.
type Options struct {
	// Categories are the project's categories; a point's category text is
	// matched against their IDs and names.
	Categories []annot.Category
	// Category is used for points whose category cannot be told; "" means
	// annot.Other.
	Category string
	// Author is recorded on new points as who made them (not as their
	// recorder, which is what the file says: the same file imported by two
	// people holds the same points).
	Author string
	Now    time.Time
	// Guessed, when not nil, counts the points whose category was told
	// from their tags or name, by rule ("OpenStreetMap amenity=hospital",
	// "name: ӨЭМТ").
	Guessed map[string]int
	// PhotoIDs maps the photo files a point's "photos" attribute names
	// (";"-separated, as the KMZ and Shapefile exports write it) to the
	// IDs of the photos read from them (see ArchivePhotos); files not in
	// it are left out.
	PhotoIDs map[string]string
}

// guessed records how a point's category was told: counted by rule, and,
// for a guess from its name, noted in the point's notes ("category guess:
// name “өэмт”") for a person to check. It is not marked for review:
// review is what merges leave to settle.
func (opt Options) guessed(p *annot.Point, rule string) {
	if rule == "" {
		return
	}
	if opt.Guessed != nil {
		opt.Guessed[rule]++
	}
	if word, ok := strings.CutPrefix(rule, "name: "); ok {
		p.Notes = strings.TrimSpace(p.Notes + "\n" + GuessNote + " “" + word + "”")
	}
}

// GuessNote starts the line of a point's notes saying its category was
// guessed on import from a word of its name.
const GuessNote = "category guess: name"

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// Points turns a point layer into service points with stable keys, so
// that importing a file again, on this laptop or another, updates the
// points instead of duplicating them. A feature carrying a uuid (as this
// package's exports do) keeps it; a feature with a source ID (an
// OpenStreetMap "node/123", an "id" property) gets a UUID derived from the
// file's ID; any other gets one derived from its position, name and
// category. The revision is derived from the content, so two laptops
// importing the same file hold the same revision. The layer must hold
// points: read files for import with load.Options{Points: true}. The
// gaps of an export (see load.IsGap) are left out: Gaps reads them.
func Points(l *geo.Layer, opt Options) ([]annot.Point, error) {
	if l.Kind != geo.Points {
		return nil, words.Errorf("exchange: %s holds areas, not service points", l.Source)
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	out := make([]annot.Point, 0, len(l.Features))
	nameColumn := hasNameColumn(l)
	for i := range l.Features {
		f := &l.Features[i]
		if load.IsGap(f.Props) {
			continue
		}
		now := opt.Now.UTC().Truncate(time.Millisecond)
		p := annot.Point{Meta: annot.Meta{Created: now, Modified: now}, Location: f.Geometry.(orb.Point)} // the ID and revision come last, from the content
		pr := sheetProps(l, f.Props)
		p.Name = pointName(l, nameColumn, pr)
		if t, err := time.Parse(time.RFC3339, pr.Text("created")); err == nil {
			p.Created = t.UTC()
		}
		if t, err := time.Parse(time.RFC3339, pr.Text("modified")); err == nil {
			p.Modified = t.UTC()
		}
		p.Author = first(pr.Text("author"), opt.Author)
		var rule string
		p.Category, rule = opt.category(pr, p.Name)
		p.Status = annot.Status(strings.ToLower(pr.Text("status")))
		if !slices.Contains(annot.Statuses, p.Status) {
			p.Status = annot.Working
		}
		p.Notes = first(pr.Text("notes"), pr.Text("note"), pr.Text("description"), osmSummary(pr))
		opt.guessed(&p, rule)
		if d := first(pr.Text("observed"), pr.Text("date")); len(d) >= 10 {
			if _, err := annot.ParseDate(d[:10]); err == nil {
				p.Observed = d[:10]
			}
		}
		p.RecordedBy = first(pr.Text("recorded_by"), pr.Text("recorder"))
		p.Photos = opt.photos(pr.Text("photos"))
		p.ID = identity(l, pr, &p)
		if err := p.TooLong(); err != nil { // first: Validate's words quote the name
			return nil, fmt.Errorf("exchange: %s: feature %d: %w", l.Source, i+1, err)
		}
		if err := p.Validate(); err != nil {
			return nil, words.Errorf("exchange: %s: feature %d: %w", l.Source, i+1, err)
		}
		p.Rev = annot.ContentRev(p.ID, p.Content())
		out = append(out, p)
	}
	return out, nil
}

// photos are the IDs of the files a "photos" attribute names.
func (opt Options) photos(files string) []string {
	var ids []string
	for _, f := range strings.Split(files, ";") {
		if id, ok := opt.PhotoIDs[strings.TrimSpace(f)]; ok && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

func first(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// identity keeps a feature's uuid, or derives one from a source ID or
// from the point's position, name and category.
func identity(l *geo.Layer, pr geo.Props, p *annot.Point) string {
	if u := strings.ToLower(pr.Text("uuid")); uuidRE.MatchString(u) {
		return u
	}
	src := first(pr.Text("@id"), pr.Text("osm_id"))
	if src == "" && pr.Text("id") != "" {
		src = pr.Text("id")
		if t := pr.Text("type"); t != "" {
			src = t + "/" + src
		}
	}
	if src == "" {
		return annot.NameID(fmt.Sprintf("at|%.6f %.6f|%s|%s", p.Location[0], p.Location[1], p.Name, p.Category))
	}
	return annot.NameID(l.Title + "|" + src)
}

// category finds a point's category: a "category" property naming one by
// ID or name, then a telling name ("ӨЭМТ", "шүдний"), OpenStreetMap tags,
// other words of the name ("сургууль", "эмнэлэг"), then the default. rule
// says how it was guessed ("" when the file named the category or nothing
// told it).
func (opt Options) category(pr geo.Props, name string) (id, rule string) {
	for _, key := range []string{"category", "category_mn", "category_en", "type_of_service"} {
		v := strings.TrimSpace(pr.Text(key))
		if v == "" {
			continue
		}
		for _, c := range opt.Categories {
			if strings.EqualFold(v, c.ID) || strings.EqualFold(v, c.NameMN) || strings.EqualFold(v, c.NameEN) {
				return c.ID, ""
			}
		}
	}
	tag, tagRule := opt.byTags(pr)
	if id, rule := opt.byName(strongNames, name); id != "" && id != tag {
		return id, rule
	}
	if tag != "" {
		return tag, tagRule
	}
	if id, rule := opt.byName(weakNames, name); id != "" {
		return id, rule
	}
	if opt.Category != "" {
		return opt.Category, ""
	}
	return annot.Other, ""
}

// byTags finds the category OpenStreetMap tags give, if any.
func (opt Options) byTags(pr geo.Props) (id, rule string) {
	for _, k := range osmKeys {
		for _, prefix := range []string{"tags.", ""} {
			if v := pr.Text(prefix + k); v != "" {
				if id, ok := osmCategories[k+"="+v]; ok && opt.has(id) {
					return id, "OpenStreetMap " + k + "=" + v
				}
			}
		}
	}
	return "", ""
}

func (opt Options) has(id string) bool {
	for _, c := range opt.Categories {
		if c.ID == id {
			return true
		}
	}
	return len(opt.Categories) == 0
}

// osmSummary lists the OpenStreetMap tags that say what a place is, for
// the notes of points whose category had to be guessed.
func osmSummary(pr geo.Props) string {
	var parts []string
	for _, k := range osmKeys {
		if v := pr.Text("tags." + k); v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "OpenStreetMap: " + strings.Join(parts, ", ")
}
