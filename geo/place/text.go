package place

import (
	"strconv"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

// ParseKey reads a khoroo's key as Key writes it with a district and a
// number ("sbd:6"); ok is false for any other key ("?:сургалтын 1-р
// хороо", "sbd:kheseg:…", "").
func ParseKey(key string) (d District, number int, ok bool) {
	code, num, found := strings.Cut(key, ":")
	n, err := strconv.Atoi(num)
	if !found || err != nil || n <= 0 {
		return District{}, 0, false
	}
	for _, d := range Districts {
		if d.Code == code {
			return d, n, true
		}
	}
	return District{}, 0, false
}

// Text is how a person reads the khoroo in l, its district first:
// "Сүхбаатар дүүрэг, 6-р хороо", "Sukhbaatar district, khoroo 6". Without
// a district it is the name alone; without a number the district and the
// name ("Хан-Уул дүүрэг, Untitled Polygon"); without either the district
// alone.
func (k Khoroo) Text(l words.Lang) string {
	if k.District.Code == "" {
		return k.Name
	}
	name := k.Name
	if k.Number > 0 {
		name = l.Pick(strconv.Itoa(k.Number)+"-р хороо", "khoroo "+strconv.Itoa(k.Number))
	}
	district := l.Pick(k.District.Name+" дүүрэг", k.District.Latin+" district")
	if name == "" {
		return district
	}
	return district + ", " + name
}
