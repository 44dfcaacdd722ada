package annot

import (
	"fmt"

	"github.com/khoroomap/khoroomap/geo/words"
)

// reasonKeys are the English sentences of the codes, which are also their
// keys in assets/translations; %s is the other annotation.
var reasonKeys = map[ReasonCode]string{
	Conflict:       "Two copies changed it differently; the other versions are kept beside it",
	ConflictCopy:   "Another copy's version of %s, kept beside it",
	DeletedChanged: "Deleted in one copy, changed in another",
	Duplicate:      "Likely duplicate of %s",
}

// Text words r in lang (see words.Of) through the project's
// translations. label names the annotation an
// argument's ID points to ("" or a nil label: the ID itself, or the label
// stored with a duplicate). A Legacy reason is its sentence as stored.
func (r Reason) Text(lang string, label func(id string) string) string {
	if r.Code == Legacy {
		return r.Arg(0)
	}
	key, ok := reasonKeys[r.Code]
	if !ok {
		return string(r.Code)
	}
	f := words.Of(lang).T(key)
	if len(r.Args) == 0 {
		return f
	}
	other := r.Arg(0)
	if r.Arg(1) != "" { // the label stored with the ID
		other = "“" + r.Arg(1) + "”"
	}
	if label != nil {
		if l := label(r.Arg(0)); l != "" {
			other = "“" + l + "”"
		}
	}
	return fmt.Sprintf(f, other)
}
