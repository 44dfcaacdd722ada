package store

import (
	"os"
	"strings"
	"testing"
)

// TestRefusedPhotoTables: a file whose photo tables are not what this
// program writes is refused in one line naming the file and the table,
// and left as it was.
func TestRefusedPhotoTables(t *testing.T) {
	for _, c := range []struct {
		name  string
		stmts []string
		want  string
	}{
		{"media as a view", []string{`DROP TABLE media`, `CREATE VIEW media AS SELECT 1 AS id`}, "media is a view"},
		{"a mapping table missing", []string{`DROP TABLE gap_points_media`}, "no gap_points_media table"},
		{"relations of another shape", []string{`DROP TABLE gpkgext_relations`, `CREATE TABLE gpkgext_relations (id INTEGER PRIMARY KEY, x TEXT)`},
			"table gpkgext_relations has no column base_table_name"},
		{"media column of another type", []string{`ALTER TABLE media RENAME COLUMN name TO n`, `ALTER TABLE media ADD COLUMN name BLOB`},
			"table media: column name is BLOB"},
		{"trigger on media", []string{`CREATE TRIGGER spin AFTER INSERT ON media BEGIN DELETE FROM categories; END`}, "table media has a trigger (spin)"},
		{"trigger on a mapping table", []string{`CREATE TRIGGER spin AFTER DELETE ON service_points_media BEGIN DELETE FROM media; END`},
			"table service_points_media has a trigger (spin)"},
		{"layer names the media table", []string{`INSERT INTO layers (table_name, kind, role, position) VALUES ('media', 'points', 'other', 1)`},
			`"media", which is one of the project's own tables`},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := craft(t, t.TempDir(), "stranger.gpkg", c.stmts...)
			before, _ := os.ReadFile(path)
			p, err := Open(path)
			if err == nil {
				p.Close()
				t.Fatal("opened")
			}
			if msg := err.Error(); !strings.Contains(msg, c.want) || !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
				t.Errorf("got %q, want one line with the file and %q", msg, c.want)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("the refused file was changed")
			}
		})
	}
}
