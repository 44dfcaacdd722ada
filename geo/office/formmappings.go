package office

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

// schemaV8 keeps the phone forms' column mappings (see geo/phoneform), one
// per form key, with who last changed one and when. They hold column
// names and category codes, no personal data, so every role reads them
// all: a leader's import of a form another khoroo mapped opens
// prefilled. Every role adds mappings for forms the server lacks, and
// changes only those it wrote: an office's mapping does not win over a
// leader's, the first one pushed for a form stays until its author
// changes it.
var schemaV8 = `
CREATE TABLE phone_form_mappings (
	form_key text PRIMARY KEY,
	mapping text NOT NULL,
	changed_by name NOT NULL DEFAULT current_user,
	changed timestamptz NOT NULL DEFAULT now());
ALTER TABLE phone_form_mappings ENABLE ROW LEVEL SECURITY;
CREATE POLICY reads ON phone_form_mappings FOR SELECT USING (true);
CREATE POLICY adds ON phone_form_mappings FOR INSERT WITH CHECK (changed_by = current_user);
CREATE POLICY edits ON phone_form_mappings FOR UPDATE USING (changed_by = current_user) WITH CHECK (changed_by = current_user);
GRANT SELECT, INSERT, UPDATE ON phone_form_mappings TO khoroomap_leader, khoroomap_office, khoroomap_city;
`

// Bounds on what a mapping read from the server may be: larger ones are
// refused, not read.
const (
	maxMappingBytes = 64 << 10
	maxFormKeyBytes = 1 << 10
)

// mappingsSQL reads the server's mappings, leaving out the text of those
// over the bounds, whose sizes come instead.
const mappingsSQL = `SELECT left(form_key, 1024), octet_length(form_key), changed_by::text, octet_length(mapping),
	CASE WHEN octet_length(mapping) <= 65536 THEN mapping ELSE '' END FROM phone_form_mappings ORDER BY form_key`

// Mapping statements: add a form's mapping the server lacks; change one
// the role syncing wrote (row-level security hides the others' rows).
const (
	addMappingSQL    = `INSERT INTO phone_form_mappings (form_key, mapping) VALUES ($1, $2) ON CONFLICT (form_key) DO NOTHING`
	changeMappingSQL = `UPDATE phone_form_mappings SET mapping = $2, changed = now() WHERE form_key = $1 AND mapping <> $2`
)

// serverMapping is one row of mappingsSQL.
type serverMapping struct {
	key, by, text  string
	keyLen, length int
}

// syncMappings exchanges the phone forms' column mappings with the
// server, as a merge does: the server gets those it lacks and the
// project's changes of those the role wrote; the project takes those it
// lacks and keeps its own. A mapping from the server over the bounds or
// not reading is not taken: res.MappingsRefused says why, one line each.
func syncMappings(ctx context.Context, conn *pgx.Conn, p *store.Project, res *Result) error {
	local, err := p.FormMappings()
	if err != nil {
		return err
	}
	var take map[string]store.FormMapping
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		srv, me, err := readMappings(ctx, tx)
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		res.MappingsSent = queueMappings(b, local, srv, me)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("writing the phone forms' mappings: %w", err)
		}
		take, res.MappingsRefused = mappingsToTake(local, srv)
		return nil
	})
	if err != nil {
		return err
	}
	res.MappingsReceived, err = p.AddFormMappings(take)
	return err
}

// readMappings reads the server's mappings by form key, and the role
// syncing.
func readMappings(ctx context.Context, tx pgx.Tx) (map[string]serverMapping, string, error) {
	var me string
	if err := tx.QueryRow(ctx, "SELECT current_user::text").Scan(&me); err != nil {
		return nil, "", err
	}
	rows, err := tx.Query(ctx, mappingsSQL)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" {
		return nil, "", fmt.Errorf("the office database has no table for the phone forms' mappings (schema older than version 8): an office administrator runs khoroomap db-init on it: %w", err)
	}
	if err != nil {
		return nil, "", fmt.Errorf("reading the phone forms' mappings: %w", err)
	}
	out := map[string]serverMapping{}
	var m serverMapping
	_, err = pgx.ForEachRow(rows, []any{&m.key, &m.keyLen, &m.by, &m.length, &m.text}, func() error {
		out[m.key] = m
		return nil
	})
	if err != nil {
		return nil, "", fmt.Errorf("reading the phone forms' mappings: %w", err)
	}
	return out, me, nil
}

// queueMappings queues the project's mappings the server lacks, and its
// changes of those me wrote, and returns how many.
func queueMappings(b *pgx.Batch, local map[string]string, srv map[string]serverMapping, me string) int {
	n := 0
	for key, text := range local {
		s, ok := srv[key]
		switch {
		case !ok:
			b.Queue(addMappingSQL, key, text)
		case s.by == me && (s.length != len(text) || s.text != text):
			b.Queue(changeMappingSQL, key, text)
		default:
			continue
		}
		n++
	}
	return n
}

// mappingsToTake picks the server's mappings the project lacks, with who
// saved each there, leaving out (one line each in refused) those over the
// bounds or not reading.
func mappingsToTake(local map[string]string, srv map[string]serverMapping) (take map[string]store.FormMapping, refused []string) {
	take = map[string]store.FormMapping{}
	for key, s := range srv {
		if _, ok := local[key]; ok {
			continue
		}
		if err := s.check(); err != nil {
			refused = append(refused, err.Error())
			continue
		}
		take[key] = store.FormMapping{JSON: s.text, From: s.by}
	}
	slices.Sort(refused)
	return take, refused
}

// check says why a mapping from the server is not taken, or nil.
func (s serverMapping) check() error {
	switch {
	case s.keyLen > maxFormKeyBytes:
		return fmt.Errorf("office: a phone form's column mapping from %s has a form key of %d bytes, over %d: not taken", s.by, s.keyLen, maxFormKeyBytes)
	case s.length > maxMappingBytes:
		return fmt.Errorf("office: the column mapping of the phone form %q from %s is %d KB, over %d KB: not taken", s.key, s.by, (s.length+1023)/1024, maxMappingBytes/1024)
	}
	var m phoneform.Mapping
	if err := json.Unmarshal([]byte(s.text), &m); err != nil {
		return fmt.Errorf("office: the column mapping of the phone form %q from %s does not read (%v): not taken", s.key, s.by, err)
	}
	return nil
}
