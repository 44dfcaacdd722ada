package xlsform

import (
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// FormID is the form's ID on the server; its version is the date the
// form last changed.
const (
	FormID      = "khoroo_map_service_points"
	FormVersion = "2026011201"
)

// label columns, Mongolian first (the phones' default language).
var labelCols = []string{"label::Монгол (mn)", "label::English (en)"}

// Form returns the XLSForm's sheets: survey, choices and settings. The
// question names are the columns an import reads (name, category,
// status, notes, observed, recorded_by, gps) and the choices' names are
// category IDs and statuses, so an export comes back without a mapping.
func Form(cats []annot.Category) []Sheet {
	survey := [][]string{append([]string{"type", "name"}, append(labelCols, "required", "default", "appearance")...)}
	q := func(typ, name, mn, en, required, def, appearance string) {
		survey = append(survey, []string{typ, name, mn, en, required, def, appearance})
	}
	q("select_one category", "category", "Үйлчилгээний төрөл", "Kind of service", "yes", "", "minimal")
	q("text", "name", "Нэр", "Name", "", "", "")
	q("select_one status", "status", "Төлөв", "Status", "yes", string(annot.Working), "")
	q("geopoint", "gps", "Байршил", "Location", "yes", "", "")
	q("image", "photo", "Зураг", "Photo", "", "", "")
	q("text", "notes", "Тэмдэглэл", "Notes", "", "", "multiline")
	q("date", "observed", "Харсан огноо", "Date seen", "yes", "today()", "")
	q("text", "recorded_by", "Бүртгэсэн хүн", "Recorded by", "", "", "")
	choices := [][]string{append([]string{"list_name", "name"}, labelCols...)}
	for _, c := range cats {
		choices = append(choices, []string{"category", c.ID, c.NameMN, c.NameEN})
	}
	for _, s := range annot.Statuses {
		choices = append(choices, []string{"status", string(s), mapstyle.StatusName(s, "mn"), mapstyle.StatusName(s, "en")})
	}
	settings := [][]string{{"form_title", "form_id", "version", "default_language"},
		{"Хорооны зураг: үйлчилгээний цэг", FormID, FormVersion, "Монгол (mn)"}}
	return []Sheet{{"survey", survey}, {"choices", choices}, {"settings", settings}}
}
