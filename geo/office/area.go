package office

import (
	"strconv"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Area is the part of the city a sync pulls: one district's khoroo, a
// whole district, or (the zero Area) everything. A khoroo is known by its
// key, district and number, never by its label.
type Area struct {
	District string
	Khoroo   int
}

// ParseArea reads "СБД/6", "СБД" or "" (everything).
func ParseArea(s string) (Area, error) {
	district, number, has := strings.Cut(strings.TrimSpace(s), "/")
	a := Area{District: strings.TrimSpace(district)}
	if !has {
		return a, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(number))
	if err != nil || n <= 0 || a.District == "" {
		return Area{}, words.Errorf("office: the area %q is not DISTRICT/NUMBER (СБД/6) or DISTRICT", s)
	}
	a.Khoroo = n
	return a, nil
}

// String is the area as ParseArea reads it.
func (a Area) String() string {
	if a.Khoroo == 0 {
		return a.District
	}
	return a.District + "/" + strconv.Itoa(a.Khoroo)
}
