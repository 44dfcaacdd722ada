package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// TestPhoneFormMappingThroughOffice: a leader maps a KoBo form in the
// window, imports and syncs; another laptop syncs, and its window's
// import of the same form opens with that mapping, changed select and
// code included, said to be saved in the office database by the leader's
// role (not "As imported before": this laptop never imported it). Once
// imported on this laptop, it opens as imported before.
func TestPhoneFormMappingThroughOffice(t *testing.T) {
	db := pgtest.DB(t)
	if _, err := office.Init(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	path := koboExport(t)
	a := newTestUI(t, 1)
	fi := openFormDialog(t, a, path)
	fi.selects[phoneform.Name].SetSelected("place/other_name")
	fi.codes["2"].SetSelected("Kindergarten")
	test.Tap(fi.importBtn) // remembers the mapping
	<-fi.done
	if _, err := office.Sync(context.Background(), a.ws.Project(), db, office.Area{}); err != nil {
		t.Fatal(err)
	}
	b := newTestUI(t, 1)
	if fresh := openFormDialog(t, b, path); fresh.origin.Text != "Guessed from the column names" {
		t.Fatalf("B's import opened with %q before its sync", fresh.origin.Text)
	}
	if _, err := office.Sync(context.Background(), b.ws.Project(), db, office.Area{}); err != nil {
		t.Fatal(err)
	}
	again := openFormDialog(t, b, path)
	if again.origin.Text != "Saved in the office database by "+role(t, db) || again.selects[phoneform.Name].Selected != "place/other_name" || again.codes["2"].Selected != "Kindergarten" {
		t.Errorf("B's import after its sync opened with %q, name %q, code 2 %q", again.origin.Text, again.selects[phoneform.Name].Selected, again.codes["2"].Selected)
	}
	test.Tap(again.importBtn)
	<-again.done
	if third := openFormDialog(t, b, path); third.origin.Text != "As imported before for this form" {
		t.Errorf("B's import after importing the form opened with %q", third.origin.Text)
	}
}

// role is the user a connection URL names.
func role(t *testing.T, url string) string {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.User
}
