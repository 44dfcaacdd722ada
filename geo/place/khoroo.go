package place

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// Khoroo names one khoroo: its district (zero when no attribute, name or
// file tells it), its number (0 when unknown) and the name its file gives.
type Khoroo struct {
	District District
	Number   int
	Name     string
	// Seq tells apart khoroos of one layer with neither a number nor a
	// name of their own (hud.kml's twelve "Untitled Polygon"s): the
	// feature's position in its layer, from 1; 0 for the others (see
	// Distinct).
	Seq int
}

// Key is the khoroo's stable key: "sbd:6" for Sükhbaatar's 6th khoroo.
// Without both a district and a number it falls back to the district's
// code (or "?") and the name's search key, "?:сургалтын 1-р хороо", which
// is stable but tells apart only differently named areas.
func (k Khoroo) Key() string {
	d := k.District.Code
	if k.Number > 0 && d != "" {
		return d + ":" + strconv.Itoa(k.Number)
	}
	if d == "" {
		d = "?"
	}
	key := d + ":" + geo.SearchKey(k.Name)
	if k.Seq > 0 {
		key += "#" + strconv.Itoa(k.Seq)
	}
	return key
}

// Distinct gives a Seq to the khoroos of one layer (in feature order)
// whose keys would otherwise be the same, so that every feature has its
// own key.
func Distinct(ks []Khoroo) {
	count := map[string]int{}
	for _, k := range ks {
		count[k.Key()]++
	}
	for i := range ks {
		if count[ks[i].Key()] > 1 {
			ks[i].Seq = i + 1
		}
	}
}

// Label is how the khoroo is printed among khoroos of several districts:
// "СБД 6-р хороо"; the bare name when the district is unknown or the name
// already starts with its abbreviation ("СБД_06").
func (k Khoroo) Label() string {
	if k.District.Short == "" || strings.HasPrefix(strings.ToUpper(k.Name), k.District.Short) {
		return k.Name
	}
	return k.District.Short + " " + k.Name
}

// districtKeys and numberKeys are the attributes real khoroo files keep
// the district and the khoroo's number in.
var (
	districtKeys = []string{"district", "District", "DISTRICT", "duureg", "DUUREG", "Duureg", "district_name", "дүүрэг"}
	numberKeys   = []string{"khoroo_number", "khoroo", "Khoroo", "nam", "KH_MON", "Khoroo_nam", "KH_ENG"}
)

// codeName matches the city's "СБД_06" and "НД_1"; numberName the
// number at the start of "6-р хороо", "13-хороо", "7".
var (
	codeName   = regexp.MustCompile(`^\s*([\p{L}]{2,4})[_\s-]+0*(\d{1,3})\s*$`)
	numberName = regexp.MustCompile(`^\s*0*(\d{1,3})(\s*$|[\s-])`)
)

// KhorooOf describes a khoroo feature of the layer read from source: the
// district from its attributes, its name's code ("СБД_06") or the file's
// name ("sbd.kml"); the number from a numeric attribute or from the name.
func KhorooOf(f *geo.Feature, source string) Khoroo {
	k := Khoroo{Name: f.Name}
	for _, key := range districtKeys {
		if d, ok := FindDistrict(f.Props.Text(key)); ok {
			k.District = d
			break
		}
	}
	for _, s := range append([]string{f.Name}, texts(f.Props, numberKeys)...) {
		if m := codeName.FindStringSubmatch(s); m != nil {
			if d, ok := FindDistrict(m[1]); ok {
				k.Number, _ = strconv.Atoi(m[2])
				if k.District.Code == "" {
					k.District = d
				}
				break
			}
		}
		if m := numberName.FindStringSubmatch(s); m != nil && k.Number == 0 {
			k.Number, _ = strconv.Atoi(m[1])
		}
	}
	if k.District.Code == "" {
		k.District, _ = districtOfFile(source)
	}
	return k
}

func texts(p geo.Props, keys []string) []string {
	var out []string
	for _, k := range keys {
		if v := strings.TrimSpace(p.Text(k)); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// AreaKey is the key of an area of a role that k describes (see
// KhorooOf): a khoroo's own key; for a kheseg, ger area or other area the
// district's code (or "?"), the role and the name's search key,
// "sbd:kheseg:1r heseg", which tells apart only differently named areas
// of a district.
func AreaKey(role geo.Role, k Khoroo) string {
	if role == geo.RoleKhoroo {
		return k.Key()
	}
	code := k.District.Code
	if code == "" {
		code = "?"
	}
	key := code + ":" + role.String() + ":" + geo.SearchKey(k.Name)
	if k.Seq > 0 {
		key += "#" + strconv.Itoa(k.Seq)
	}
	return key
}
