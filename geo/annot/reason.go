package annot

import (
	"encoding/json"
	"strings"
)

// ReasonCode says why an annotation needs a person's look after a merge.
// Codes are stored, never sentences: Reason.Text words them in a language.
type ReasonCode string

// The reasons a merge marks an annotation for review.
const (
	// Conflict: two copies changed it differently; this is the newer
	// version, the others are kept beside it as ConflictCopy.
	Conflict ReasonCode = "conflict"
	// ConflictCopy: another copy's version of the annotation in Args[0]
	// (labelled Args[1]), kept beside it.
	ConflictCopy ReasonCode = "conflict_copy"
	// DeletedChanged: deleted in one copy, changed in another; kept.
	DeletedChanged ReasonCode = "deleted_changed"
	// Duplicate: new, and within DuplicateMetres of Args[0] (labelled
	// Args[1]) of the same category or gap kind.
	Duplicate ReasonCode = "duplicate"
	// Legacy: a sentence written by an older version, in Args[0].
	Legacy ReasonCode = "text"
)

// Reason is a ReasonCode with its arguments (annotation IDs and labels).
// The zero Reason means no review is needed.
type Reason struct {
	Code ReasonCode
	Args []string
}

// String encodes r as stored in Meta.Review: a JSON array of the code and
// its arguments, or "" for the zero Reason.
func (r Reason) String() string {
	if r.Code == "" {
		return ""
	}
	b, _ := json.Marshal(append([]string{string(r.Code)}, r.Args...))
	return string(b)
}

// ParseReason reads Meta.Review. Besides the coded form, it reads the
// English sentences older versions stored; any other text becomes a Legacy
// reason holding it. "" gives the zero Reason.
func ParseReason(s string) Reason {
	s = strings.TrimSpace(s)
	if s == "" {
		return Reason{}
	}
	var parts []string
	if strings.HasPrefix(s, "[") && json.Unmarshal([]byte(s), &parts) == nil && len(parts) > 0 && parts[0] != "" {
		return Reason{Code: ReasonCode(parts[0]), Args: parts[1:]}
	}
	for _, l := range legacyReasons {
		if rest, ok := strings.CutPrefix(s, l.prefix); ok {
			r := Reason{Code: l.code}
			if l.arg {
				r.Args = []string{strings.Trim(rest, "“”\" ")}
			}
			return r
		}
	}
	return Reason{Code: Legacy, Args: []string{s}}
}

// legacyReasons are the sentences versions before reason codes stored.
var legacyReasons = []struct {
	prefix string
	code   ReasonCode
	arg    bool
}{
	{"deleted in one copy, changed in another", DeletedChanged, false},
	{"conflicting edit kept as ", Conflict, false},
	{"conflicting edit of ", ConflictCopy, true},
	{"likely duplicate of ", Duplicate, true},
}

// Arg returns argument i, or "".
func (r Reason) Arg(i int) string {
	if i < len(r.Args) {
		return r.Args[i]
	}
	return ""
}

// IsConflictCopy reports whether m is another copy's version of an
// annotation, kept beside it by a merge until someone decides: the
// annotation is counted once, under its own ID.
func (m *Meta) IsConflictCopy() bool {
	return m.Review != "" && ParseReason(m.Review).Code == ConflictCopy
}
