package annot

import (
	"cmp"
	"strings"
)

// later reports whether a is a later version than b: modified later; at
// the same time, the greater revision (one revision is one content: a
// fresh ID at each edit, or derived from the content on import), then
// author, creation time and review mark in turn. Only equal versions tie,
// so every merge order keeps the same one.
func (m *listMerge[T]) later(a, b *T) bool {
	am, bm := m.ops.meta(a), m.ops.meta(b)
	if !am.Modified.Equal(bm.Modified) {
		return am.Modified.After(bm.Modified)
	}
	if c := cmp.Or(strings.Compare(am.Rev, bm.Rev), strings.Compare(am.Author, bm.Author),
		am.Created.Compare(bm.Created), strings.Compare(am.Review, bm.Review)); c != 0 {
		return c > 0
	}
	return false
}

// beside makes old the copy kept beside keep, the conflict's version
// under its ID: an ID derived from old's content, marked for review.
func (m *listMerge[T]) beside(old, keep *T) {
	id, om := m.ops.meta(keep).ID, m.ops.meta(old)
	om.ID = copyID(id, m.ops.content(old))
	om.Review = Reason{ConflictCopy, []string{id, m.ops.label(keep)}}.String()
}

// seenVersion merges q, a version of the conflict at i that this copy has
// seen already: the version at i descends from it, or q's content is kept
// beside it as the conflict's copy. That copy, the same version seen at
// another time (a file imported on two laptops), takes the later time and
// its author; when it becomes later than the version under the ID, the
// two change places, as if the versions had met in the other order.
func (m *listMerge[T]) seenVersion(i int, q T) {
	id := m.ops.meta(&q).ID
	j, ok := m.idx[copyID(id, m.ops.content(&q))]
	switch {
	case !ok || m.gone[m.ops.meta(&m.list[j]).ID]:
	case m.later(&q, &m.list[i]):
		m.settle(i, q)
	default:
		m.beside(&q, &m.list[i])
		m.takeNewer(j, q)
	}
}

// relabelCopies names in each conflict copy's review mark the version now
// under its annotation's ID, whichever merge put it there last.
func (m *listMerge[T]) relabelCopies() {
	for i := range m.list {
		cm := m.ops.meta(&m.list[i])
		if !cm.IsConflictCopy() {
			continue
		}
		r := ParseReason(cm.Review)
		if len(r.Args) != 2 || m.gone[r.Args[0]] {
			continue
		}
		if j, ok := m.idx[r.Args[0]]; ok {
			r.Args[1] = m.ops.label(&m.list[j])
			cm.Review = r.String()
		}
	}
}

// holdsCopy reports whether qm is a conflict's copy (from another merge)
// of an annotation here that holds the copy's content under its own ID.
func (m *listMerge[T]) holdsCopy(qm *Meta) bool {
	if !qm.IsConflictCopy() {
		return false
	}
	r := ParseReason(qm.Review)
	if len(r.Args) != 2 || m.gone[r.Args[0]] {
		return false
	}
	i, ok := m.idx[r.Args[0]]
	return ok && copyID(r.Args[0], m.ops.content(&m.list[i])) == qm.ID
}

// madeLater reports whether a was made after b (created later, or at the
// same time with the greater ID): of two likely duplicates, the one marked.
func (m *listMerge[T]) madeLater(a, b *T) bool {
	am, bm := m.ops.meta(a), m.ops.meta(b)
	if !am.Created.Equal(bm.Created) {
		return am.Created.After(bm.Created)
	}
	return am.ID > bm.ID
}
