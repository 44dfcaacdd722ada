package settings_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/app/settings"
)

// The first start carries the language over from Fyne's preferences.json;
// a change writes settings.json whole.
func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "settings")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, settings.Legacy), []byte(`{"language":"mn"}`), 0o600)
	s, err := settings.Open(dir)
	fmt.Println(s.String("language"), err)
	s.SetString("author", "Батболд")
	data, _ := os.ReadFile(filepath.Join(dir, settings.File))
	fmt.Print(string(data))
	// Output:
	// mn <nil>
	// {"author":"Батболд","language":"mn"}
}
