package phoneform

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
)

// formColumns are the columns that name a form in its exports, best first:
// KoBoToolbox's form ID and its formhub UUID. The form's version
// (__version__) is left out of the key, so the mapping of a form carries
// over to its next version (Check then names any column that went).
var formColumns = []struct{ name, prefix string }{
	{"_xform_id_string", "form:"},
	{"xform_id_string", "form:"},
	{"formhub/uuid", "formhub:"},
	{"formhub-uuid", "formhub:"},
}

// Key names the form a table was exported from: "form:ID" from the form
// ID the export holds, "formhub:UUID", else "header:" and a hash of the
// sorted set of its column names (ODK Central's CSV names no form), so
// two exports of the same form share their key.
func Key(t *Table) string {
	for _, fc := range formColumns {
		i := slices.IndexFunc(t.Header, func(h string) bool { return strings.EqualFold(h, fc.name) })
		if i < 0 {
			continue
		}
		for _, row := range t.Rows {
			if v := strings.TrimSpace(row[i]); v != "" {
				return fc.prefix + v
			}
		}
	}
	set := slices.Clone(t.Header)
	slices.Sort(set)
	set = slices.Compact(set)
	h := sha256.Sum256([]byte(strings.Join(set, "\n")))
	return "header:" + hex.EncodeToString(h[:8])
}

// markers are columns only phone forms' exports have (in lower case,
// after any group).
var markers = []string{"_xform_id_string", "_uuid", "_submission_time", "_geolocation", "_submitted_by", "__version__", "instanceid", "submissiondate", "submitterid", "submittername", "reviewstate"}

// IsPhoneForm reports whether a header is that of a KoBoToolbox or ODK
// Central export: whether it has one of the columns they add to every
// submission (_uuid, _submission_time, meta/instanceID, SubmissionDate…).
func IsPhoneForm(header []string) bool {
	for _, h := range header {
		if slices.Contains(markers, last(h)) || slices.Contains(markers, strings.ToLower(h)) {
			return true
		}
	}
	return false
}
