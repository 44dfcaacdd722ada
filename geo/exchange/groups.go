package exchange

import (
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// ungroup adds, for each column of a phone form's group, the field's own
// name: KoBoToolbox writes a field of a group as "group/field" (nested
// groups as "a/b/field"), ODK Central as "group-field". The name after the
// last "/" or "-" is added when no column has it already, and only when
// it is the first column ending so (two groups' "name" columns give
// neither precedence but the first); the grouped column stays as it was.
func ungroup(pr geo.Props) geo.Props {
	have := make(map[string]bool, len(pr))
	for _, kv := range pr {
		have[kv.Key] = true
	}
	out := pr
	for _, kv := range pr {
		i := strings.LastIndexAny(kv.Key, "/-")
		if i <= 0 || i == len(kv.Key)-1 {
			continue
		}
		if field := kv.Key[i+1:]; !have[field] {
			have[field] = true
			out = append(out, geo.Prop{Key: field, Value: kv.Value})
		}
	}
	return out
}
