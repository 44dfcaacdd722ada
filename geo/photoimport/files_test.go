package photoimport

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFilesInPhoneOrder: a walk's photos come in the order the phone
// numbered them (IMG_8, IMG_9, IMG_10), not as text sorts them, so the
// points and the list of photos without a position follow the walk;
// hidden files and other files are left out.
func TestFilesInPhoneOrder(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"IMG_10.jpg", "IMG_8.jpg", "IMG_9.JPG", "IMG_100.jpg", ".IMG_1.jpg", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i] = filepath.Base(got[i])
	}
	if want := []string{"IMG_8.jpg", "IMG_9.JPG", "IMG_10.jpg", "IMG_100.jpg"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
