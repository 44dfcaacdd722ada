package store

import (
	"database/sql"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Load reads the project's categories and annotations.
func (p *Project) Load() (*annot.Set, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s, err := readSet(p.db, p.rowLog())
	if err != nil {
		return nil, words.Errorf("store: %s: %w", p.path, err)
	}
	return s, nil
}

func readSet(q querier, lo *leftOut) (*annot.Set, error) {
	cats, err := readCategories(q)
	if err != nil {
		return nil, err
	}
	s := &annot.Set{Categories: cats}
	if s.Points, err = readPoints(q, lo); err != nil {
		return nil, err
	}
	for _, table := range []string{tableGapPoints, tableGapAreas} {
		gaps, err := readGaps(q, table, lo)
		if err != nil {
			return nil, err
		}
		s.Gaps = append(s.Gaps, gaps...)
	}
	return s, attachPhotos(q, s)
}

// querier is what reading needs of a *sql.DB or *sql.Tx.
type querier interface {
	Query(string, ...any) (*sql.Rows, error)
	QueryRow(string, ...any) *sql.Row
}

// metaRow holds the columns every annotation table shares.
type metaRow struct {
	khoroo, kheseg, ger, khorooKey, district, created, modified, author, rev, review sql.NullString
}

func (m *metaRow) targets() []any {
	return []any{&m.khoroo, &m.kheseg, &m.ger, &m.khorooKey, &m.district, &m.created, &m.modified, &m.author, &m.rev, &m.review}
}

func (m *metaRow) meta(id string) annot.Meta {
	return annot.Meta{ID: id, Created: parseTime(m.created.String), Modified: parseTime(m.modified.String),
		Author: m.author.String, Rev: m.rev.String, Review: m.review.String}
}

func (m *metaRow) places() annot.Places {
	return annot.Places{Khoroo: m.khoroo.String, Kheseg: m.kheseg.String, GerArea: m.ger.String,
		KhorooKey: m.khorooKey.String, District: m.district.String}
}

const metaNames = placeNames + `, created, modified, author, rev, review`

// asText reads DATE and DATETIME columns as the text they hold (the
// driver would otherwise turn them into times).
var asText = strings.NewReplacer("created,", "CAST(created AS TEXT),", "modified,", "CAST(modified AS TEXT),",
	"observed,", "CAST(observed AS TEXT),", "raised,", "CAST(raised AS TEXT),")

func metaValues(m annot.Meta, pl annot.Places) []any {
	return append(placeValues(pl), formatTime(m.Created), formatTime(m.Modified), null(m.Author), m.Rev, null(m.Review))
}

// null stores "" as NULL, so that GDAL reads an empty DATE as unset.
func null(s string) any {
	if s == "" {
		return nil
	}
	return s
}

const pointNames = `geom, uuid, category, name, status, notes, observed, recorded_by, ` + metaNames

// readPoints reads the service points, leaving out (into lo) those at no
// longitude/latitude.
func readPoints(q querier, lo *leftOut) ([]annot.Point, error) {
	rows, err := q.Query(`SELECT fid, ` + asText.Replace(pointNames) + ` FROM service_points ORDER BY fid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annot.Point
	for rows.Next() {
		var pt annot.Point
		var geom []byte
		var fid int64
		var name, notes, observed, recorded sql.NullString
		var m metaRow
		dst := append([]any{&fid, &geom, &pt.ID, &pt.Category, &name, &pt.Status, &notes, &observed, &recorded}, m.targets()...)
		if err := rows.Scan(dst...); err != nil {
			return nil, words.Errorf("reading service points: %w", err)
		}
		loc, err := pointGeometry(geom)
		if err != nil {
			return nil, words.Errorf("service point %s has no point geometry (%v)", pt.ID, err)
		}
		if !lo.check(tablePoints, fid, loc) {
			continue
		}
		pt.Location, pt.Name, pt.Notes, pt.Observed, pt.RecordedBy = loc, name.String, notes.String, observed.String, recorded.String
		pt.Meta, pt.Places = m.meta(pt.ID), m.places()
		out = append(out, pt)
	}
	return out, rows.Err()
}

const gapNames = `geom, uuid, kind, service, severity, status, notes, raised_by, raised, ` + metaNames

// readGaps reads the gaps of table, leaving out (into lo) those at no
// longitude/latitude.
func readGaps(q querier, table string, lo *leftOut) ([]annot.Gap, error) {
	rows, err := q.Query(`SELECT fid, ` + asText.Replace(gapNames) + ` FROM ` + table + ` ORDER BY fid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []annot.Gap
	for rows.Next() {
		var g annot.Gap
		var geom []byte
		var fid int64
		var service, notes, by, raised sql.NullString
		var m metaRow
		dst := append([]any{&fid, &geom, &g.ID, &g.Kind, &service, &g.Severity, &g.Status, &notes, &by, &raised}, m.targets()...)
		if err := rows.Scan(dst...); err != nil {
			return nil, words.Errorf("reading %s: %w", table, err)
		}
		if g.Geometry, err = gapGeometry(geom, table); err != nil {
			return nil, words.Errorf("gap %s: %w", g.ID, err)
		}
		if !lo.check(table, fid, g.Geometry) {
			continue
		}
		g.Service, g.Notes, g.RaisedBy, g.Raised = service.String, notes.String, by.String, raised.String
		g.Meta, g.Places = m.meta(g.ID), m.places()
		out = append(out, g)
	}
	return out, rows.Err()
}

// gapGeometry reads a gap's geometry: a point in gap_points, a polygon in
// gap_areas.
func gapGeometry(blob []byte, table string) (orb.Geometry, error) {
	g, err := decodeGeometry(blob)
	if err != nil {
		return nil, err
	}
	_, point := g.(orb.Point)
	_, area := g.(orb.Polygon)
	if point && table == tableGapPoints || area && table == tableGapAreas {
		return g, nil
	}
	if g == nil {
		return nil, errEmptyGeometry
	}
	return nil, words.Errorf("store: a %s in %s", g.GeoJSONType(), table)
}

// pointGeometry reads a service point's geometry, which must be a point.
func pointGeometry(blob []byte) (orb.Point, error) {
	g, err := decodeGeometry(blob)
	if pt, ok := g.(orb.Point); ok || err != nil {
		return pt, err
	}
	if g == nil {
		return orb.Point{}, errEmptyGeometry
	}
	return orb.Point{}, words.Errorf("store: a %s in %s", g.GeoJSONType(), tablePoints)
}
