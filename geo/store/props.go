package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/khoroomap/khoroomap/geo"
)

// encodeProps writes properties as one JSON object, keys in their order.
func encodeProps(p geo.Props) (string, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, kv := range p {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(kv.Key)
		v, err := json.Marshal(kv.Value)
		if err != nil {
			return "", fmt.Errorf("store: property %q: %w", kv.Key, err)
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// decodeProps reads what encodeProps wrote, keeping the keys' order.
func decodeProps(s string) (geo.Props, error) {
	if s == "" {
		return nil, nil
	}
	d := json.NewDecoder(bytes.NewReader([]byte(s)))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("store: properties are not a JSON object")
	}
	var out geo.Props
	for {
		t, err := d.Token()
		if err != nil {
			return nil, fmt.Errorf("store: reading properties: %w", err)
		}
		if t == json.Delim('}') {
			break
		}
		var v any
		if err := d.Decode(&v); err != nil {
			return nil, fmt.Errorf("store: reading property %v: %w", t, err)
		}
		if m, ok := v.(map[string]any); ok { // not written by encodeProps, but tolerated
			b, _ := json.Marshal(m)
			v = string(b)
		}
		out = append(out, geo.Prop{Key: fmt.Sprint(t), Value: v})
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, fmt.Errorf("store: text after the properties")
	}
	return out, nil
}
