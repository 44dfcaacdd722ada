package words

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

var errHeld = Errorf("the project is open in another Khoroo Map window")

// An Error reads in English as fmt.Errorf would, unwraps like it, and is
// worded in Mongolian with its causes, outer English wrappers left out.
func TestErrorWordedInEachLanguage(t *testing.T) {
	_, osErr := os.Open(filepath.Join(t.TempDir(), "missing.gpkg"))
	// made here: a full disk and a refused folder cannot be made for real
	// by a test that may run as root
	full := &fs.PathError{Op: "write", Path: "/x/a.png", Err: syscall.ENOSPC}
	denied := &fs.PathError{Op: "open", Path: "/x/.a.png.1.tmp", Err: syscall.EACCES}
	for _, c := range []struct {
		name     string
		err      error
		en       string
		mnHas    []string
		is       error
		mnHasnot string
	}{
		{"sentinel inside", fmt.Errorf("app: %w", Errorf("store: %s: %w; switch to that window, or close the project there and open it here again", "a.gpkg", errHeld)),
			"app: store: a.gpkg: the project is open in another Khoroo Map window; switch to that window, or close the project there and open it here again",
			[]string{"a.gpkg: төсөл Хорооны зургийн өөр цонхонд нээлттэй байна"}, errHeld, "switch"},
		{"cause of the system", Errorf("store: %w", osErr), "store: " + osErr.Error(),
			[]string{"ийм файл, хавтас алга (", osErr.Error()}, fs.ErrNotExist, "store"},
		{"disk full", Errorf("store: %w", full), "store: " + full.Error(), []string{"диск дүүрсэн байна (write /x/a.png: no space left on device)"}, syscall.ENOSPC, "store"},
		{"folder refused", Errorf("store: %w", denied), "store: " + denied.Error(), []string{"энэ хэрэглэгч тэнд унших, бичих эрхгүй ("}, fs.ErrPermission, "store"},
		{"nothing worded", errors.New("boom"), "boom", []string{"Үйлдэл амжилтгүй боллоо (boom)"}, nil, "xx"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := EN.Explain(c.err); got != c.en || c.err.Error() != c.en {
				t.Errorf("English: %q, want %q", got, c.en)
			}
			if c.is != nil && !errors.Is(c.err, c.is) {
				t.Errorf("errors.Is does not reach %v", c.is)
			}
			mn := MN.Explain(c.err)
			for _, want := range c.mnHas {
				if !strings.Contains(mn, want) {
					t.Errorf("Mongolian %q lacks %q", mn, want)
				}
			}
			if strings.Contains(mn, c.mnHasnot) || strings.Contains(mn, "%!") {
				t.Errorf("Mongolian %q has %q or a bad verb", mn, c.mnHasnot)
			}
		})
	}
}

// The words of the system's errors are in both languages.
func TestCauseWordsTranslated(t *testing.T) {
	for _, l := range All {
		for _, c := range append(osCauses, struct {
			err error
			key string
		}{nil, "This did not work"}) {
			if _, ok := mustTable(t, l)[c.key]; !ok {
				t.Errorf("%q is not in %s.json", c.key, l)
			}
		}
	}
}
