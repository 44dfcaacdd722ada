package exchange

import "strings"

// nameRule guesses a category from words in a place's name: well-known
// Mongolian (and English) words and abbreviations, lower case.
type nameRule struct {
	words    []string
	category string
}

// strongNames are more specific than OpenStreetMap's tags: a clinic or a
// hospital named "6-р хороо ӨЭМТ" is a family health centre, any
// "шүдний эмнэлэг" a dentist.
var strongNames = []nameRule{
	{[]string{"өэмт", "өрхийн эрүүл мэнд", "өрхийн эмнэлэг", "family health"}, "family_health_centre"},
	{[]string{"шүдний", "dental", "dentist"}, "dentist"},
}

// weakNames are used when neither a category nor a known tag is given.
var weakNames = []nameRule{
	{[]string{"эмийн сан", "аптек", "pharmacy"}, "pharmacy"},
	{[]string{"эмнэлэг", "hospital"}, "hospital"},
	{[]string{"клиник", "clinic"}, "clinic"},
	{[]string{"цэцэрлэг", "kindergarten"}, "kindergarten"},
	{[]string{"сургууль", "school"}, "school"},
	{[]string{"автобусны буудал", "bus stop"}, "bus_stop"},
	{[]string{"ус түгээх", "худаг", "water kiosk"}, "water_kiosk"},
	{[]string{"цагдаа", "police"}, "police_post"},
	{[]string{"шатахуун", "petrol", "fuel"}, "fuel_station"},
	{[]string{"халуун ус", "bathhouse"}, "bathhouse"},
	{[]string{"хүнсний", "дэлгүүр", "grocery", "market"}, "grocery"},
	{[]string{"тоглоомын талбай", "playground"}, "playground"},
	{[]string{"нүүрс", "түлш"}, "coal_seller"},
	{[]string{"хорооны байр", "хорооны алба"}, "khoroo_office"},
}

// byName finds the first rule whose word the name holds, for a category
// the project has; rule is "name: WORD".
func (opt Options) byName(rules []nameRule, name string) (id, rule string) {
	low := strings.ToLower(name)
	for _, r := range rules {
		for _, w := range r.words {
			if strings.Contains(low, w) && opt.has(r.category) {
				return r.category, "name: " + w
			}
		}
	}
	return "", ""
}
