package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pickItem is one row of the picker: a folder or a file, by name.
type pickItem struct {
	name string
	dir  bool
}

// listFolder lists the folders of dir and its files ending in one of
// exts (in any case), folders first, each group by name; hidden ones
// (starting with a dot) are left out.
func listFolder(dir string, exts []string) ([]pickItem, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []pickItem
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			st, err := os.Stat(filepath.Join(dir, name))
			isDir = err == nil && st.IsDir()
		}
		if isDir || slices.ContainsFunc(exts, func(x string) bool { return strings.EqualFold(filepath.Ext(name), x) }) {
			out = append(out, pickItem{name: name, dir: isDir})
		}
	}
	slices.SortFunc(out, func(a, b pickItem) int {
		if a.dir != b.dir {
			if a.dir {
				return -1
			}
			return 1
		}
		return strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name))
	})
	return out, nil
}

var _ fyne.DoubleTappable = (*pickRow)(nil)

// pickRow is a row of the picker. A click selects it; a double click
// chooses it, as one event.
type pickRow struct {
	widget.BaseWidget
	icon   *widget.Icon
	label  *widget.Label
	id     int
	picker *filePicker
}

func (f *filePicker) newRow() fyne.CanvasObject {
	r := &pickRow{icon: widget.NewIcon(theme.FileIcon()), label: widget.NewLabel(""), picker: f}
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (f *filePicker) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*pickRow)
	r.id = id
	it := f.items[id]
	r.label.SetText(it.name)
	if it.dir {
		r.icon.SetResource(theme.FolderIcon())
	} else {
		r.icon.SetResource(theme.FileIcon())
	}
}

// Tapped selects the row.
func (r *pickRow) Tapped(*fyne.PointEvent) { r.picker.selectRow(r.id) }

// DoubleTapped enters the folder or opens the file.
func (r *pickRow) DoubleTapped(*fyne.PointEvent) { r.picker.choose(r.id) }

// CreateRenderer draws the icon and the name.
func (r *pickRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.icon, nil, r.label))
}
