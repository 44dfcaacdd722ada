package office

import (
	"encoding/json"

	"github.com/jackc/pgx/v5"
)

// Revisions go to the server as arrays too: the versions pushed with
// their content (a body kept when the server knew the version without
// it) and those known only by ID, which the server keeps when it lacks
// them.
const (
	putBodiesSQL = `INSERT INTO revisions (id, rev, body)
	SELECT r.id::uuid, r.rev::uuid, r.body::jsonb FROM unnest($1::text[], $2::text[], $3::text[]) AS r(id, rev, body)
	ON CONFLICT (id, rev) DO UPDATE SET body = coalesce(revisions.body, excluded.body)`
	putKnownSQL = `INSERT INTO revisions (id, rev)
	SELECT r.id::uuid, r.rev::uuid FROM unnest($1::text[], $2::text[]) AS r(id, rev)
	ON CONFLICT DO NOTHING`
)

// revisionRows are the revisions a sync writes, each (id, rev) once.
type revisionRows struct {
	queued              map[[2]string]bool
	ids, revs, bodies   []string
	knownIDs, knownRevs []string
}

// body records the version pushed, with its content.
func (h *revisionRows) body(id, rev string, v any) {
	if h.seen(id, rev) {
		return
	}
	b, _ := json.Marshal(v) // annotations are plain data
	h.ids, h.revs, h.bodies = append(h.ids, id), append(h.revs, rev), append(h.bodies, string(b))
}

// known records a revision the server lacks, without content.
func (h *revisionRows) known(id, rev string) {
	if !h.seen(id, rev) {
		h.knownIDs, h.knownRevs = append(h.knownIDs, id), append(h.knownRevs, rev)
	}
}

// seen reports whether (id, rev) is queued already, and queues it.
func (h *revisionRows) seen(id, rev string) bool {
	if h.queued == nil {
		h.queued = map[[2]string]bool{}
	}
	k := [2]string{id, rev}
	if h.queued[k] {
		return true
	}
	h.queued[k] = true
	return false
}

// queue adds the revisions' inserts to b.
func (h *revisionRows) queue(b *pgx.Batch) {
	if len(h.ids) > 0 {
		b.Queue(putBodiesSQL, h.ids, h.revs, h.bodies)
	}
	if len(h.knownIDs) > 0 {
		b.Queue(putKnownSQL, h.knownIDs, h.knownRevs)
	}
}
