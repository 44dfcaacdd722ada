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
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/basemap"
)

// Version is the program's version; release builds stamp it from git
// (-ldflags "-X github.com/khoroomap/khoroomap/app.Version=...").
var Version = "dev"

// version is what the About dialog shows: the packaged version and build
// when `fyne package` stamped them (m), else Version.
func version(m fyne.AppMetadata) string {
	if m.Version != "" && Version == "dev" {
		v := fmt.Sprintf("%s (build %d)", m.Version, m.Build)
		if c := m.Custom["commit"]; c != "" {
			v += " " + c
		}
		return v
	}
	return Version
}

// aboutFacts are what the About dialog tells: the version, the layers
// loaded, the basemap shown (nil: none) and the project file ("": none).
type aboutFacts struct {
	version string
	layers  []*geo.Layer
	basemap *basemap.Info
	project string
}

// aboutText is the About dialog's text: version, licences of the program,
// its fonts and the data loaded, and where things are kept.
func aboutText(f aboutFacts) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n\n", lang.L("Version"), f.version)
	b.WriteString(lang.L("Khoroo Map is free software under the MIT licence. Its fonts are Noto Sans, under the SIL Open Font License 1.1.") + "\n\n")
	b.WriteString(lang.L("Data in this project") + ":\n")
	if len(f.layers) == 0 {
		b.WriteString("  " + lang.L("(none yet)") + "\n")
	}
	for _, l := range f.layers {
		fmt.Fprintf(&b, "  • %s — %s\n", layerTitle(l), licence(l.Attribution))
	}
	b.WriteString("  • " + lang.L("training sample: fictional, made for Khoroo Map workshops") + "\n")
	if f.basemap != nil {
		fmt.Fprintf(&b, "  • %s %s — %s\n", lang.L("Basemap"), f.basemap.Name, licence(f.basemap.Attribution))
	}
	b.WriteString("\n")
	dirs := localFolders()
	if f.project != "" {
		fmt.Fprintf(&b, "%s: %s\n", lang.L("Project file"), f.project)
	}
	fmt.Fprintf(&b, "%s: %s\n%s: %s\n%s: %s\n", lang.L("Settings"), dirs.Settings, lang.L("Cache"), dirs.Cache, lang.L("New projects"), documentsDir())
	return b.String()
}

// licence is a data source's attribution, or a word that it states none.
func licence(attribution string) string {
	if attribution == "" {
		return lang.L("the file states no licence: ask whoever gave it to you")
	}
	return attribution
}

// showAbout shows the About dialog, with the app's icon and text, on win.
func showAbout(win fyne.Window, text string) {
	icon := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	title := widget.NewLabelWithStyle(lang.L("Khoroo Map")+" — Хорооны зураг", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(container.NewHBox(icon, container.NewCenter(title)), nil, nil, nil, container.NewVScroll(label))
	d := dialog.NewCustom(lang.L("About Khoroo Map"), lang.L("Close"), body, win)
	d.Resize(fyne.NewSize(620, 520))
	d.Show()
}
