package store

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/khoroomap/khoroomap/geo"
)

// field is one boundary property kept as a column of its layer's table.
type field struct {
	column string // the sanitised column name
	key    string // the property's name in the file
	kind   string // INTEGER, REAL, TEXT, BOOLEAN, or JSON (a TEXT column of JSON values)
}

// maxFields bounds the columns of a layer table (SQLite allows 2000);
// properties past it are kept as JSON in a properties column.
const maxFields = 500

// jsonMIME marks a column of JSON values in gpkg_data_columns.
const jsonMIME = "application/json"

// reservedColumns are the columns every layer table has.
var reservedColumns = map[string]bool{"fid": true, "geom": true, "name": true, "properties": true}

// inferFields lists a layer's properties in order of first appearance,
// each with a unique column name and the narrowest type all its values
// fit: BOOLEAN, INTEGER (whole numbers up to 2^53), REAL, TEXT, else JSON.
func inferFields(l *geo.Layer) []field {
	var out []field
	index := map[string]int{}
	used := map[string]bool{}
	for i := range l.Features {
		for _, kv := range l.Features[i].Props {
			j, ok := index[kv.Key]
			if !ok {
				j = len(out)
				index[kv.Key] = j
				out = append(out, field{column: uniqueColumn(sanitise(kv.Key), used), key: kv.Key})
			}
			out[j].kind = widen(out[j].kind, kindOf(kv.Value))
		}
	}
	for i := range out {
		if out[i].kind == "" {
			out[i].kind = "TEXT"
		}
	}
	return out
}

func kindOf(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case bool:
		return "BOOLEAN"
	case float64:
		if v == math.Trunc(v) && math.Abs(v) <= 1<<53 {
			return "INTEGER"
		}
		return "REAL"
	case string:
		return "TEXT"
	}
	return "JSON"
}

// widen is the kind a column must have to hold values of kinds a and b.
func widen(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case b == "":
		return a
	case a == "INTEGER" && b == "REAL" || a == "REAL" && b == "INTEGER":
		return "REAL"
	}
	return "JSON"
}

// sanitise makes a column name of a property name: letters (Cyrillic
// too), digits and underscores, not starting with a digit, at most 60
// characters.
func sanitise(key string) string {
	var sb strings.Builder
	for _, r := range key {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
		case sb.Len() > 0 && !strings.HasSuffix(sb.String(), "_"):
			sb.WriteByte('_')
		}
	}
	s := strings.Trim(sb.String(), "_")
	if s == "" || unicode.IsDigit([]rune(s)[0]) {
		s = "f_" + s
	}
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60])
	}
	return s
}

// uniqueColumn returns name, or name_2, name_3..., whichever is not a
// reserved column and not used yet (SQLite's names ignore case).
func uniqueColumn(name string, used map[string]bool) string {
	for i := 1; ; i++ {
		try := name
		if i > 1 {
			try = name + "_" + strconv.Itoa(i)
		}
		low := strings.ToLower(try)
		if !used[low] && !reservedColumns[low] {
			used[low] = true
			return try
		}
	}
}

// columnValue is what a property value is stored as in a column of kind.
func columnValue(kind string, v any) any {
	if v == nil {
		return nil
	}
	if kind == "JSON" {
		b, err := json.Marshal(v)
		if err != nil {
			return nil
		}
		return string(b)
	}
	return v
}

// propValue reads a column's value back as a property value; NULL (an
// absent or null property) gives false.
func propValue(kind string, v any) (any, bool) {
	switch v := v.(type) {
	case nil:
		return nil, false
	case int64:
		if kind == "BOOLEAN" {
			return v != 0, true
		}
		return float64(v), true
	case float64:
		return v, true
	case []byte:
		return propValue(kind, string(v))
	case string:
		var out any
		if kind != "JSON" || json.Unmarshal([]byte(v), &out) != nil {
			return v, true
		}
		if _, object := out.(map[string]any); object { // not written here; kept as its text
			return v, true
		}
		return out, true
	}
	return nil, false
}
