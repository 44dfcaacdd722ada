package annot

import (
	"encoding/json"
	"fmt"
	"sync"

	"github.com/khoroomap/khoroomap/assets"
)

// reasonKeys are the English sentences of the codes, which are also their
// keys in assets/translations; %s is the other annotation.
var reasonKeys = map[ReasonCode]string{
	Conflict:       "Two copies changed it differently; the other versions are kept beside it",
	ConflictCopy:   "Another copy's version of %s, kept beside it",
	DeletedChanged: "Deleted in one copy, changed in another",
	Duplicate:      "Likely duplicate of %s",
}

// Text words r in lang ("mn" or "en"; others fall back to English)
// through the project's translations. label names the annotation an
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
	f := translate(lang, key)
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

var (
	translationsOnce sync.Once
	translations     map[string]map[string]string
)

// translate looks key up in lang's translation file; English or a missing
// entry gives key.
func translate(lang, key string) string {
	translationsOnce.Do(func() {
		translations = map[string]map[string]string{}
		for _, l := range []string{"en", "mn"} {
			b, err := assets.Translations.ReadFile("translations/" + l + ".json")
			var raw map[string]json.RawMessage // plural entries are objects
			if err != nil || json.Unmarshal(b, &raw) != nil {
				continue
			}
			m := map[string]string{}
			for k, v := range raw {
				var s string
				if json.Unmarshal(v, &s) == nil {
					m[k] = s
				}
			}
			translations[l] = m
		}
	})
	if s := translations[lang][key]; s != "" {
		return s
	}
	return key
}
