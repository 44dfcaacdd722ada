package store

import "github.com/khoroomap/khoroomap/geo/words"

// The refusals of a file whose project tables are not what this program
// writes, each naming the file and the table, worded in the window's
// language (words.Errorf); their English text is the commands'.

// notTable refuses a file whose table t is another kind of object (a
// view, an index or a trigger of that name).
func (p *Project) notTable(t, kind string) error {
	switch kind {
	case "view":
		return words.Errorf("store: %s: %s is a view, not a table; the file is refused", p.path, t)
	case "index":
		return words.Errorf("store: %s: %s is an index, not a table; the file is refused", p.path, t)
	case "trigger":
		return words.Errorf("store: %s: %s is a trigger, not a table; the file is refused", p.path, t)
	}
	return words.Errorf("store: %s: %s is a %s, not a table; the file is refused", p.path, t, kind)
}

// missingTable refuses a project that lacks one of its tables.
func (p *Project) missingTable(t string) error {
	return words.Errorf("store: %s: the project has no %s table (the file is damaged or was changed by another program)", p.path, t)
}

// missingColumn refuses a table that lacks one of its columns.
func (p *Project) missingColumn(table, column string) error {
	return words.Errorf("store: %s: table %s has no column %s; the file is refused", p.path, table, column)
}

// columnType refuses a column of another type than this program writes.
func (p *Project) columnType(table, column, typ, want string) error {
	return words.Errorf("store: %s: table %s: column %s is %s, not %s; the file is refused", p.path, table, column, typ, want)
}
