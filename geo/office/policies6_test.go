package office

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestPoliciesCallNoFunctionPerRow: a leader's push of 200 points checks
// row-level security without calling reads_khoroo or writes_area once per
// row (version 2's policies called each for every row, 0.83 s of server
// time for 5,000 rows). Calls are counted by track_functions in the
// leader's own transaction.
func TestPoliciesCallNoFunctionPerRow(t *testing.T) {
	db := initDB(t)
	leader := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'СБД', 6)")
	role := roleOf(t, leader)
	if _, err := connect(t, db).Exec(context.Background(), "ALTER ROLE "+role+" SET track_functions = 'all'"); err != nil {
		t.Fatal(err)
	}
	s, revs := fresh(200)
	b := &pgx.Batch{}
	push(b, emptyServer(), s, revs, Area{District: "СБД", Khoroo: 6})
	ctx := context.Background()
	err := pgx.BeginFunc(ctx, connect(t, leader), func(tx pgx.Tx) error {
		if err := runBatch(ctx, tx, b); err != nil {
			return err
		}
		var calls int64
		if err := tx.QueryRow(ctx, `SELECT coalesce(sum(calls), 0) FROM pg_stat_xact_user_functions
			WHERE funcname IN ('reads_khoroo', 'writes_area')`).Scan(&calls); err != nil {
			return err
		}
		if calls != 0 {
			t.Errorf("pushing 202 annotations called the access functions %d times", calls)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// roleOf is the user a connection URL names.
func roleOf(t testing.TB, url string) string {
	t.Helper()
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.User
}
