package geo

import (
	"math"
	"strconv"
	"strings"
)

// Prop is one property of a feature. Value is a string, float64, bool, nil
// or, for arrays, []any.
type Prop struct {
	Key   string
	Value any
}

// Props is an ordered list of properties, as the file had them. Nested
// objects are flattened into dotted keys ("tags.name").
type Props []Prop

// Get returns the value for key and whether it is present.
func (p Props) Get(key string) (any, bool) {
	for _, kv := range p {
		if kv.Key == key {
			return kv.Value, true
		}
	}
	return nil, false
}

// Text returns the value for key as display text; "" when absent or null.
func (p Props) Text(key string) string {
	v, _ := p.Get(key)
	return FormatValue(v)
}

// Set replaces the value of key, or appends it when absent.
func (p *Props) Set(key string, v any) {
	for i := range *p {
		if (*p)[i].Key == key {
			(*p)[i].Value = v
			return
		}
	}
	*p = append(*p, Prop{key, v})
}

// FormatValue turns a property value into display text: numbers without a
// needless ".0" and, like JavaScript, with an exponent beyond 1e21 or
// below 1e-6 ("1e+300", not three hundred digits), null as "", arrays as
// comma-separated lists.
func FormatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		if a := math.Abs(x); a != 0 && (a >= 1e21 || a < 1e-6) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = FormatValue(e)
		}
		return strings.Join(parts, ", ")
	}
	return ""
}
