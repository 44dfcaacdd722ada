package annot

import (
	"github.com/khoroomap/khoroomap/geo/place"
	"github.com/khoroomap/khoroomap/geo/words"
)

// KhorooText is the khoroo pl lies in as a person reads it in l, with its
// district: "Сүхбаатар дүүрэг, 6-р хороо" (see place.Khoroo.Text), from
// KhorooKey when it holds the district and the number, else from District
// and Khoroo. It is "" when pl knows neither.
func (pl Places) KhorooText(l words.Lang) string {
	k := place.Khoroo{Name: pl.Khoroo}
	if d, n, ok := place.ParseKey(pl.KhorooKey); ok {
		k.District, k.Number = d, n
	} else {
		k.District, _ = place.FindDistrict(pl.District)
	}
	return k.Text(l)
}
