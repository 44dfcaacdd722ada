package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/assets"
)

// Version is the program's version; release builds stamp it from git
// (-ldflags "-X github.com/khoroomap/khoroomap/app.Version=...").
var Version = "dev"

// version is what the About dialog shows: the packaged version and build
// when `fyne package` stamped them, else Version.
func (ui *UI) version() string {
	m := ui.app.Metadata()
	if m.Version != "" && Version == "dev" {
		v := fmt.Sprintf("%s (build %d)", m.Version, m.Build)
		if c := m.Custom["commit"]; c != "" {
			v += " " + c
		}
		return v
	}
	return Version
}

// aboutText is the About dialog's text: version, licences of the program,
// its fonts and the data loaded, and where things are kept.
func (ui *UI) aboutText() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n\n", lang.L("Version"), ui.version())
	b.WriteString(lang.L("Khoroo Map is free software under the MIT licence. Its fonts are Noto Sans, under the SIL Open Font License 1.1.") + "\n\n")
	b.WriteString(lang.L("Data in this project") + ":\n")
	if len(ui.layers.list) == 0 {
		b.WriteString("  " + lang.L("(none yet)") + "\n")
	}
	for _, ml := range ui.layers.list {
		attr := ml.layer.Attribution
		if attr == "" {
			attr = lang.L("the file states no licence: ask whoever gave it to you")
		}
		fmt.Fprintf(&b, "  • %s — %s\n", layerTitle(ml.layer), attr)
	}
	b.WriteString("  • " + lang.L("training sample: fictional, made for Khoroo Map workshops") + "\n")
	if ui.base != nil && ui.base.src != nil {
		info := ui.base.src.Info()
		attr := info.Attribution
		if attr == "" {
			attr = lang.L("the file states no licence: ask whoever gave it to you")
		}
		fmt.Fprintf(&b, "  • %s %s — %s\n", lang.L("Basemap"), info.Name, attr)
	}
	b.WriteString("\n")
	f := localFolders()
	if ui.ws.Project() != nil {
		fmt.Fprintf(&b, "%s: %s\n", lang.L("Project file"), ui.ws.Project().Path())
	}
	fmt.Fprintf(&b, "%s: %s\n%s: %s\n%s: %s\n", lang.L("Settings"), f.Settings, lang.L("Cache"), f.Cache, lang.L("New projects"), documentsDir())
	return b.String()
}

// showAbout shows the About dialog with the app's icon.
func (ui *UI) showAbout() {
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	title := widget.NewLabelWithStyle(lang.L("Khoroo Map")+" — Хорооны зураг", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text := widget.NewLabel(ui.aboutText())
	text.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(container.NewHBox(icon, container.NewCenter(title)), nil, nil, nil, container.NewVScroll(text))
	d := dialog.NewCustom(lang.L("About Khoroo Map"), lang.L("Close"), body, ui.win)
	d.Resize(fyne.NewSize(620, 520))
	d.Show()
}
