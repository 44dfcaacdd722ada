package annot

import (
	"crypto/rand"
	"fmt"
	"time"
)

// Meta is what every annotation carries besides its content: a stable
// identity, when it was made and last changed, by whom, and the revision
// it is at (a fresh random ID at every change, so that merging two copies
// can tell which one descends from the other).
type Meta struct {
	// ID is a UUID (version 4, lower-case, with hyphens); it never changes.
	ID       string
	Created  time.Time
	Modified time.Time
	// Author is who made the last change.
	Author string
	// Rev identifies this version of the annotation.
	Rev string
	// Review says why the annotation needs a person's look after a merge
	// ("" when it does not): a conflicting edit or a likely duplicate.
	Review string
}

// NewID returns a random version 4 UUID.
func NewID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("annot: no randomness: " + err.Error()) // crypto/rand does not fail on supported systems
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// NewMeta returns the meta of an annotation made now by author.
func NewMeta(author string, now time.Time) Meta {
	now = now.UTC().Truncate(time.Millisecond)
	return Meta{ID: NewID(), Created: now, Modified: now, Author: author, Rev: NewID()}
}

// Touched returns m as changed now by author: a new revision and
// modification time; identity and creation stay.
func (m Meta) Touched(author string, now time.Time) Meta {
	m.Modified = now.UTC().Truncate(time.Millisecond)
	if author != "" {
		m.Author = author
	}
	m.Rev = NewID()
	return m
}
