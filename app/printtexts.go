package app

// The print dialog's title, subtitle and notes are kept in the open
// project, so that the dialog opened again shows them for that project
// (the source line is the user's own, kept in the settings).
const (
	settingPrintTitle    = "print_title"
	settingPrintSubtitle = "print_subtitle"
	settingPrintNotes    = "print_notes"
)

// textSettings pairs the dialog's text fields with their keys.
func (d *exportDialog) textSettings() map[string]*formEntry {
	return map[string]*formEntry{settingPrintTitle: d.title, settingPrintSubtitle: d.subtitle, settingPrintNotes: d.notes}
}

// loadTexts fills the text fields with what the project kept.
func (d *exportDialog) loadTexts() {
	if d.env.setting == nil {
		return
	}
	for key, e := range d.textSettings() {
		e.SetText(d.env.setting(key))
	}
}

// keepTexts stores in the project the texts that changed since it kept
// them: when a page is saved and when the dialog closes.
func (d *exportDialog) keepTexts() {
	if d.env.setting == nil || d.env.saveSetting == nil {
		return
	}
	for key, e := range d.textSettings() {
		if e.Text != d.env.setting(key) {
			d.env.saveSetting(key, e.Text)
		}
	}
}

// projectSetting is a setting of the open project, "" when it is unset
// or no project is open.
func (ui *UI) projectSetting(key string) string {
	if ui.ws.Project() == nil {
		return ""
	}
	v, _, _ := ui.ws.Project().Setting(key)
	return v
}
