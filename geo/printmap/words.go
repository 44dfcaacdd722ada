package printmap

// words are the page's fixed texts in both languages.
var words = map[string][2]string{ // mn, en
	"legend":      {"Тайлбар", "Legend"},
	"notes":       {"Тэмдэглэл", "Notes"},
	"source":      {"Эх сурвалж", "Source"},
	"made":        {"Хорооны зураг программаар бэлтгэв", "Made with Khoroo Map"},
	"north":       {"Хойд", "N"},
	"author":      {"Зохиогч", "Author"},
	"data_date":   {"Өгөгдлийн огноо", "Data as of"},
	"osm":         {"© OpenStreetMap-ын оролцогчид (ODbL)", "© OpenStreetMap contributors (ODbL)"},
	"city":        {"Улаанбаатар хот", "Ulaanbaatar"},
	"app":         {"Хорооны зураг", "Khoroo Map"},
	"khoroo":      {"Хорооны хил", "Khoroo boundary"},
	"kheseg":      {"Хэсгийн хил", "Kheseg boundary"},
	"ger_area":    {"Гэр хороолол", "Ger area"},
	"district":    {"Дүүргийн хил", "District boundary"},
	"other":       {"Бусад талбай", "Other areas"},
	"gap_point":   {"Дутагдал (цэг)", "Gap (point)"},
	"gap_area":    {"Дутагдалтай талбай", "Gap area"},
	"summary":     {"Хураангуй: үйлчилгээний цэг, шийдэгдээгүй дутагдал", "Summary: service points and open gaps"},
	"area":        {"Нэр", "Area"},
	"total":       {"Нийт", "Total"},
	"open_gaps":   {"Нээлттэй дутагдал", "Open gaps"},
	"page":        {"Хуудас", "Page"},
	"atlas":       {"Атлас", "Atlas"},
	"contents":    {"Агуулга", "Contents"},
	"pages":       {"хуудас", "pages"},
	"overview":    {"Байршил", "Location"},
	"centre":      {"Хотын төв", "City centre"},
	"basemap":     {"Суурь зураг", "Basemap"},
	"no_features": {"Энэ хэсэгт тэмдэглэгээ алга", "No annotations here"},
	// counts_in takes the area's name: "6-р хороо дотор" reads right
	// after any name (no suffix to harmonise); n_on_map a number.
	"counts_in":     {"Тоо: %s дотор", "Counts: in %s"},
	"counts_on_map": {"Тоо: зураг дээр", "Counts: on the map"},
	"n_on_map":      {"зураг дээр %d", "%d on the map"},
}

// word returns a fixed text in lang.
func word(key, lang string) string {
	w, ok := words[key]
	if !ok {
		return key
	}
	if lang == "en" {
		return w[1]
	}
	return w[0]
}
