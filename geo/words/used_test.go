package words

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// lookups are the methods (Lang.T and Lang.F) and functions (the word
// helpers of the page packages, the errors that word themselves) that
// take a key, with the index of that argument.
var lookups = map[string]int{".T": 0, ".F": 0, "word": 0, "words.Errorf": 0,
	"errorf": 1, ".errorf": 0, ".errorAt": 1, "worded": 1, ".unexpected": 0, ".consume": 1} // the last six: geo/load's errors

// usedKeys lists the literal keys passed to a lookup in the Go files
// (tests left out) below root.
func usedKeys(t *testing.T, root string) map[string]string {
	t.Helper()
	keys := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if i, ok := lookups[callName(call)]; ok && len(call.Args) > i {
				if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					k, _ := strconv.Unquote(lit.Value)
					keys[k] = fset.Position(lit.Pos()).String()
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok && x.Name == "words" && f.Sel.Name == "Errorf" {
			return "words.Errorf" // an error's key; fmt.Errorf's format is not one
		}
		return "." + f.Sel.Name
	}
	return ""
}

// Every key the pages, sheets, names and commands look up is in both
// languages' files: a missing one would print its English key on a
// Mongolian page.
func TestUsedKeysTranslated(t *testing.T) {
	keys := usedKeys(t, "..")
	for k, v := range usedKeys(t, "../../cmd") {
		keys[k] = v
	}
	if len(keys) < 30 {
		t.Fatalf("found only %d keys; is the scan right?", len(keys))
	}
	for _, l := range All {
		table := mustTable(t, l)
		for k, at := range keys {
			if _, ok := table[k]; !ok {
				t.Errorf("%s: %q is not in %s.json", at, k, l)
			}
		}
	}
}
