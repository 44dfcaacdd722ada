// Package bson stands in for the MongoDB driver's bson package, which
// github.com/paulmach/orb/geojson imports for its BSON methods and
// github.com/paulmach/osm brings in through orb/maptile. Khoroo Map never
// writes or reads BSON, and geo/ must stay free of the driver (a test in
// geo checks), so go.mod replaces the driver with this: the names
// orb/geojson uses, each BSON call failing with ErrNotSupported.
package bson

import "errors"

// ErrNotSupported is what every encoding and decoding call returns.
var ErrNotSupported = errors.New("bson: BSON is not supported in Khoroo Map")

// Type is a BSON element type.
type Type byte

// The element types orb/geojson names.
const (
	TypeEmbeddedDocument Type = 0x03
	TypeNull             Type = 0x0A
)

// RawValue is an encoded BSON value.
type RawValue struct {
	Type  Type
	Value []byte
}

// StringValueOK reports that the value is not a string: nothing is ever
// decoded.
func (rv RawValue) StringValueOK() (string, bool) { return "", false }

// Marshal fails with ErrNotSupported.
func Marshal(any) ([]byte, error) { return nil, ErrNotSupported }

// MarshalValue fails with ErrNotSupported.
func MarshalValue(any) (Type, []byte, error) { return 0, nil, ErrNotSupported }

// Unmarshal fails with ErrNotSupported.
func Unmarshal([]byte, any) error { return ErrNotSupported }

// Unmarshal fails with ErrNotSupported.
func (rv RawValue) Unmarshal(any) error { return ErrNotSupported }
