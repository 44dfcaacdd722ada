package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// maxCodes is how many of the category column's values get a select; a
// column of free text has hundreds, and those are matched by name.
const maxCodes = 30

// previewRows is how many rows the preview shows.
const previewRows = 12

// fillCodes lists the category column's values, each with the category it
// gives: the one mapped, else the one it names, else "from the name".
func (fi *formImporter) fillCodes() {
	fi.codes = map[string]*formSelect{}
	fi.codeBox.RemoveAll()
	values, count := fi.tab.Values(fi.m.Category)
	names := []string{lang.L("(from the point's name)")}
	for _, c := range fi.cats {
		names = append(names, c.Name(fi.lang))
	}
	for i, v := range values {
		if i == maxCodes {
			fi.codeBox.Add(widget.NewLabel(fmt.Sprintf(lang.L("%d more values: matched by category ID or name"), len(values)-maxCodes)))
			break
		}
		sel := newChoice(names, nil)
		sel.SetSelectedIndex(fi.catIndex(fi.m.CategoryOf(v, fi.cats)) + 1)
		sel.OnChanged = func(string) { fi.coded(v, sel.SelectedIndex()-1) }
		fi.codes[v] = sel
		fi.codeBox.Add(container.NewGridWithColumns(2, widget.NewLabel(fmt.Sprintf("%s (%d)", v, count[v])), sel))
	}
}

// catIndex is the index of category id in fi.cats, -1 when absent.
func (fi *formImporter) catIndex(id string) int {
	for i, c := range fi.cats {
		if c.ID == id {
			return i
		}
	}
	return -1
}

// coded maps a value of the category column to the i-th category (to
// none, looked up from the point's name, when i < 0).
func (fi *formImporter) coded(v string, i int) {
	codes := map[string]string{}
	for k, id := range fi.m.Codes {
		codes[k] = id
	}
	if i >= 0 && i < len(fi.cats) {
		codes[v] = fi.cats[i].ID
	} else {
		delete(codes, v)
	}
	fi.m.Codes = codes
	fi.refresh()
}

// problemText words the mapping's problems, one a line, in the window's
// language.
func (fi *formImporter) problemText(ps []phoneform.Problem) string {
	var lines []string
	for _, p := range ps {
		switch p.What {
		case phoneform.NotInFile:
			lines = append(lines, fmt.Sprintf(lang.L("The column “%s” chosen for %s is not in the file."), p.Column, lang.L(p.Field.String())))
		case phoneform.NoPositionColumn:
			lines = append(lines, lang.L("Choose the column of the position, or a latitude and a longitude column."))
		case phoneform.HalfPair:
			lines = append(lines, fmt.Sprintf(lang.L("The column “%s” is chosen for %s alone: choose both latitude and longitude."), p.Column, lang.L(p.Field.String())))
		case phoneform.SameColumn:
			lines = append(lines, fmt.Sprintf(lang.L("The column “%s” is chosen for both latitude and longitude."), p.Column))
		default:
			lines = append(lines, fmt.Sprintf(lang.L("The value “%s” is mapped to a category the project does not have."), p.Value))
		}
	}
	return strings.Join(lines, "\n")
}
