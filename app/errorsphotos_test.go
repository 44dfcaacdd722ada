package app

import (
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Errors of importing a phone's photos and a phone form's export read in
// Mongolian.
var photoErrorCases = []namedErrorCase{
	{errorCase{"khoroos picked as a phone form's export", func(t *testing.T, dir string) error {
		_, err := phoneform.Read(write(t, dir, "маягт.geojson", twoKhoroos))
		return err
	}, ""}, nil},
	{errorCase{"a form's remembered columns broken by another program", func(t *testing.T, dir string) error {
		path := filepath.Join(dir, "төсөл.gpkg")
		p, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer p.Close()
		if err := phoneform.Remember(p, "Хороо6 үйлчилгээ", phoneform.Mapping{Lat: "өргөрөг", Lon: "уртраг"}); err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open("sqlite", path)
		if err == nil {
			_, err = db.Exec(`UPDATE settings SET value = '{"lat": 3' WHERE key LIKE 'phone_form_mapping:%'`)
			db.Close()
		}
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = phoneform.Remembered(p, "Хороо6 үйлчилгээ")
		return err
	}, "unexpected end of JSON input"}, nil},
}

// Each error of importing photos and phone forms reads in Mongolian.
func TestPhotoErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, photoErrorCases)
}
