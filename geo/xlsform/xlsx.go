// Package xlsform writes the project's phone form: an XLSForm (the
// spreadsheet that ODK Central and KoBoToolbox turn into a form on the
// phone) asking for exactly what an import reads back: the category by
// its ID, the name, status, notes, the date, who recorded it, the GPS
// position and a photo, labelled in Mongolian and English.
package xlsform

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// Sheet is one worksheet: a name and its rows of text cells.
type Sheet struct {
	Name string
	Rows [][]string
}

// stamp is every zip entry's time, so that the same sheets give the same
// bytes.
var stamp = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteXLSX writes sheets as an Office Open XML workbook with inline
// strings: the least an .xlsx needs for Excel, LibreOffice, GDAL, ODK's
// pyxform and KoBo to read it.
func WriteXLSX(w io.Writer, sheets []Sheet) error {
	z := zip.NewWriter(w)
	var wb, rels, types strings.Builder
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, esc(s.Name), i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		fmt.Fprintf(&types, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i+1)
	}
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` + types.String() + `</Types>`},
		{"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` + wb.String() + `</sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`},
	}
	for i, s := range sheets {
		files = append(files, struct{ name, body string }{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), sheetXML(s)})
	}
	for _, f := range files {
		fw, err := z.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return fmt.Errorf("xlsform: %w", err)
		}
		if _, err := io.WriteString(fw, xml.Header+f.body); err != nil {
			return fmt.Errorf("xlsform: %w", err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("xlsform: %w", err)
	}
	return nil
}

func sheetXML(s Sheet) string {
	var b strings.Builder
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r, row := range s.Rows {
		fmt.Fprintf(&b, `<row r="%d">`, r+1)
		for c, v := range row {
			if v != "" {
				fmt.Fprintf(&b, `<c r="%s%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, colName(c), r+1, esc(v))
			}
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData></worksheet>`)
	return b.String()
}

// colName is a spreadsheet column's letters: 0 -> A, 26 -> AA.
func colName(c int) string {
	s := ""
	for c++; c > 0; c = (c - 1) / 26 {
		s = string(rune('A'+(c-1)%26)) + s
	}
	return s
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
