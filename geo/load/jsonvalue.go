package load

import (
	"github.com/khoroomap/khoroomap/geo"
)

// interner shares one copy of each property key across features.
type interner map[string]string

func (in interner) get(b []byte) string {
	if s, ok := in[string(b)]; ok {
		return s
	}
	s := string(b)
	in[s] = s
	return s
}

// value reads any JSON value as a property value: string, float64, bool,
// nil or []any. Objects are flattened into props under prefix + "." + key
// (just key when prefix is "") and value then returns ok=false.
func (s *scanner) value(depth int, keys interner, prefix string, props *geo.Props) (any, bool, error) {
	if depth > maxDepth {
		return nil, false, s.errorf("values nest deeper than %d levels", maxDepth)
	}
	if err := s.overRow(); err != nil {
		return nil, false, err
	}
	switch c := s.peek(); c {
	case '"':
		v, err := s.str()
		return v, true, err
	case '{':
		return nil, false, s.object(depth+1, func(key []byte) error {
			if err := s.longKey(prefix, key); err != nil {
				return err
			}
			k := keys.get(key)
			if prefix != "" {
				k = keys.get(append(append([]byte(prefix), '.'), key...))
			}
			v, ok, err := s.value(depth+1, keys, k, props)
			if ok {
				*props = append(*props, geo.Prop{Key: k, Value: v})
			}
			return err
		})
	case '[':
		var list []any
		err := s.array(depth+1, func() error {
			var nested geo.Props
			v, ok, err := s.value(depth+1, keys, "", &nested)
			if ok {
				list = append(list, v)
			} else if len(nested) > 0 {
				list = append(list, propsText(nested))
			}
			return err
		})
		return list, true, err
	case 't':
		return true, true, s.word("true")
	case 'f':
		return false, true, s.word("false")
	case 'n':
		return nil, true, s.word("null")
	default:
		v, err := s.number(false)
		return v, true, err
	}
}

// propsText renders flattened props of an object inside an array.
func propsText(p geo.Props) string {
	out := ""
	for i, kv := range p {
		if i > 0 {
			out += ", "
		}
		out += kv.Key + "=" + geo.FormatValue(kv.Value)
	}
	return out
}

// word consumes a JSON literal.
func (s *scanner) word(w string) error {
	s.peek()
	if !s.literal(w) {
		return s.unexpected("a JSON value")
	}
	return nil
}

// object reads a JSON object, calling member for each key with the
// scanner positioned at its value. key is valid only until member reads
// from s.
func (s *scanner) object(depth int, member func(key []byte) error) error {
	if depth > maxDepth {
		return s.errorf("objects nest deeper than %d levels", maxDepth)
	}
	if err := s.consume('{', "'{'"); err != nil {
		return err
	}
	if s.peek() == '}' {
		s.pos++
		return nil
	}
	for {
		key, err := s.stringBytes()
		if err != nil {
			return err
		}
		s.key = append(s.key[:0], key...) // reading on may move the buffer
		if err := s.consume(':', "':' after an object key"); err != nil {
			return err
		}
		if err := member(s.key); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return nil
		default:
			return s.unexpected("',' or '}' after an object member")
		}
	}
}

// array reads a JSON array, calling elem with the scanner at each element.
func (s *scanner) array(depth int, elem func() error) error {
	if depth > maxDepth {
		return s.errorf("arrays nest deeper than %d levels", maxDepth)
	}
	if err := s.consume('[', "'['"); err != nil {
		return err
	}
	if s.peek() == ']' {
		s.pos++
		return nil
	}
	for {
		if err := elem(); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			return s.unexpected("',' or ']' after an array element")
		}
	}
}
