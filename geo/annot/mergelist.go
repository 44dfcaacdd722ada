package annot

import (
	"slices"
	"sort"
)

// itemOps are what merging needs to know of service points or of gaps.
type itemOps[T any] struct {
	meta    func(*T) *Meta
	content func(*T) string
	same    func(a, b *T) bool // the same content, positions within SamePlaceDegrees
	label   func(*T) string
	near    func(*T) nearKey
}

var pointOps = itemOps[Point]{
	meta:    func(p *Point) *Meta { return &p.Meta },
	content: (*Point).Content,
	same:    (*Point).Same,
	label: func(p *Point) string {
		if p.Name != "" {
			return p.Name
		}
		return p.Category
	},
	near: func(p *Point) nearKey { return nearKey{"p|" + p.Category, p.Location} },
}

var gapOps = itemOps[Gap]{
	meta:    func(g *Gap) *Meta { return &g.Meta },
	content: (*Gap).Content,
	same:    (*Gap).Same,
	label:   (*Gap).Label,
	near: func(g *Gap) nearKey {
		kind := "g|" + string(g.Kind) + "|" + g.Service
		if g.IsArea() {
			kind += "|area"
		}
		return nearKey{kind, gapAnchor(g.Geometry)}
	},
}

// listMerge folds another copy's points (or gaps) into this copy's, with
// the list indexed by ID and the earlier annotations in a grid.
type listMerge[T any] struct {
	ops             itemOps[T]
	list            []T
	idx             map[string]int
	gone            map[string]bool
	grid            *grid
	revs, otherRevs Revisions
	r               *MergeReport
}

func newListMerge[T any](ops itemOps[T], list []T, revs, otherRevs Revisions, r *MergeReport) *listMerge[T] {
	m := &listMerge[T]{ops: ops, list: list, idx: make(map[string]int, len(list)), gone: map[string]bool{},
		grid: newGrid(DuplicateMetres), revs: revs, otherRevs: otherRevs, r: r}
	for i := range list {
		m.idx[ops.meta(&list[i]).ID] = i
		m.grid.add(ops.near(&list[i]), i)
	}
	return m
}

// merge folds other in and returns the merged list.
func (m *listMerge[T]) merge(other []T) []T {
	present := make(map[string]bool, len(other))
	for i := range other {
		present[m.ops.meta(&other[i]).ID] = true
		m.one(other[i])
	}
	m.deletions(present)
	m.relabelCopies()
	if len(m.gone) > 0 {
		m.list = slices.DeleteFunc(m.list, func(v T) bool { return m.gone[m.ops.meta(&v).ID] })
	}
	return m.list
}

func (m *listMerge[T]) entry(v *T, note string) MergeEntry {
	return MergeEntry{ID: m.ops.meta(v).ID, Label: m.ops.label(v), Note: note, Author: m.ops.meta(v).Author}
}

// one merges one annotation of the other copy.
func (m *listMerge[T]) one(q T) {
	qm := m.ops.meta(&q)
	i, ok := m.idx[qm.ID]
	if !ok {
		m.absent(q)
		return
	}
	p := &m.list[i]
	pm := m.ops.meta(p)
	switch {
	case pm.Rev == qm.Rev: // one version, maybe at two times (imported twice)
		if m.later(&q, p) {
			m.takeNewer(i, q)
		}
	case m.revs[qm.ID][qm.Rev]: // this copy descends from theirs, or keeps it beside
		if pm.Review != "" { // copies are kept beside a conflict only
			m.seenVersion(i, q)
		}
	case m.otherRevs[qm.ID][pm.Rev]:
		if !m.ops.same(p, &q) {
			m.r.Updated = append(m.r.Updated, m.entry(&q, "by "+qm.Author))
		}
		m.list[i] = q
		m.dropCopy(qm.ID, m.ops.content(&q))
	case m.ops.same(p, &q):
		m.takeNewer(i, q)
	default:
		m.conflict(i, q)
	}
}

// takeNewer keeps the later of two versions with equal content; a review
// mark on either stays.
func (m *listMerge[T]) takeNewer(i int, q T) {
	p := &m.list[i]
	if review := m.ops.meta(p).Review; m.later(&q, p) {
		m.list[i] = q
		if m.ops.meta(p).Review == "" {
			m.ops.meta(p).Review = review
		}
	}
}

// conflict keeps the newer version under the ID and the older beside it.
func (m *listMerge[T]) conflict(i int, q T) {
	m.r.Conflicts = append(m.r.Conflicts, m.entry(&q, "")) // the version that came in, and who made it
	m.settle(i, q)
}

// settle keeps the later of the version at i and q under the ID, marked
// as a conflict, and the other beside it as its copy.
func (m *listMerge[T]) settle(i int, q T) {
	keep, old := q, m.list[i]
	if m.later(&old, &keep) {
		keep, old = old, keep
	}
	id := m.ops.meta(&keep).ID
	m.ops.meta(&keep).Review = Reason{Code: Conflict}.String()
	m.list[i] = keep
	m.dropCopy(id, m.ops.content(&keep))
	m.beside(&old, &keep)
	om := m.ops.meta(&old)
	m.revs.Add(om.ID, om.Rev)
	if j, ok := m.idx[om.ID]; ok {
		delete(m.gone, om.ID)
		m.takeNewer(j, old)
		return
	}
	m.put(old)
}

// copyID is the ID of the version of id with content kept beside it.
func copyID(id, content string) string { return NameID("copy|" + id + "|" + content) }

// dropCopy removes the version of id with content kept beside it by an
// earlier merge, and forgets its revisions: id holds that content now, as
// if the two versions had met in the other order and made no copy.
func (m *listMerge[T]) dropCopy(id, content string) {
	if _, ok := m.idx[copyID(id, content)]; ok {
		m.gone[copyID(id, content)] = true
		delete(m.revs, copyID(id, content))
	}
}

func (m *listMerge[T]) put(v T) {
	m.idx[m.ops.meta(&v).ID] = len(m.list)
	m.list = append(m.list, v)
}

// absent merges an annotation this copy does not hold: deleted here, or new.
func (m *listMerge[T]) absent(q T) {
	qm := m.ops.meta(&q)
	switch {
	case m.holdsCopy(qm):
		return // a conflict's copy whose content its annotation holds here
	case m.revs[qm.ID] != nil && m.otherRevs.seen(qm.ID, m.revs):
		return // deleted here, and unchanged there since
	case m.revs[qm.ID] != nil:
		qm.Review = Reason{Code: DeletedChanged}.String()
		m.r.Conflicts = append(m.r.Conflicts, m.entry(&q, ""))
	case qm.Review == "" && m.markDuplicate(&q):
		m.r.Duplicates = append(m.r.Duplicates, m.entry(&q, ""))
	default:
		m.r.Added = append(m.r.Added, m.entry(&q, ""))
	}
	m.put(q)
}

// markDuplicate finds the first annotation of q's kind that was here
// before the merge within DuplicateMetres, if any, and marks the one of
// the two made later (see madeLater) as a likely duplicate of the other,
// whichever copy came first: q, or the one here when nothing marks it.
func (m *listMerge[T]) markDuplicate(q *T) bool {
	j := m.grid.near(m.ops.near(q), m.nearOK)
	if j < 0 {
		return false
	}
	first, dup := &m.list[j], q
	if m.ops.meta(first).Review == "" && m.madeLater(first, q) {
		first, dup = q, first
	}
	m.ops.meta(dup).Review = Reason{Duplicate, []string{m.ops.meta(first).ID, m.ops.label(first)}}.String()
	return true
}

// nearOK accepts a duplicate candidate still in the list.
func (m *listMerge[T]) nearOK(i int) bool { return !m.gone[m.ops.meta(&m.list[i]).ID] }

// deletions removes what the other copy deleted after seeing this copy's
// version; what this copy changed since is kept and marked.
func (m *listMerge[T]) deletions(present map[string]bool) {
	var ids []string
	for id := range m.otherRevs {
		if _, ok := m.idx[id]; ok && !present[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		p := &m.list[m.idx[id]]
		pm := m.ops.meta(p)
		switch {
		case m.gone[id]:
		case m.otherRevs[id][pm.Rev]:
			m.gone[id] = true
			m.r.Deleted = append(m.r.Deleted, m.entry(p, ""))
		case pm.Review == "":
			pm.Review = Reason{Code: DeletedChanged}.String()
			m.r.Conflicts = append(m.r.Conflicts, m.entry(p, ""))
		}
	}
}
