package annot

import (
	"strings"
	"testing"
)

func TestReason(t *testing.T) {
	for _, tc := range []struct {
		name, stored string
		want         Reason
		en, mn       string
	}{
		{"coded duplicate", Reason{Duplicate, []string{"id-1", "Худаг"}}.String(), Reason{Duplicate, []string{"id-1", "Худаг"}}, "Likely duplicate of “Худаг”", "“Худаг”-тэй давхардсан"},
		{"coded conflict", `["conflict"]`, Reason{Code: Conflict}, "Two copies changed it", "Хоёр хувилбарт"},
		{"coded conflict copy", `["conflict_copy","id-2","Сургууль"]`, Reason{ConflictCopy, []string{"id-2", "Сургууль"}}, "Another copy's version of “Сургууль”", "“Сургууль”-ийн өөр хувилбар"},
		{"old duplicate sentence", "likely duplicate of “Ус түгээх”", Reason{Duplicate, []string{"Ус түгээх"}}, "Likely duplicate of Ус түгээх", "Ус түгээх-тэй"},
		{"old conflict copy", "conflicting edit of 1234", Reason{ConflictCopy, []string{"1234"}}, "Another copy's version of 1234", "1234-ийн өөр хувилбар"},
		{"old kept", "conflicting edit kept as 99", Reason{Code: Conflict}, "Two copies", "Хоёр"},
		{"old deletion", "deleted in one copy, changed in another", Reason{Code: DeletedChanged}, "Deleted in one copy", "Нэг хувилбарт устгаж"},
		{"any other text", "see me", Reason{Legacy, []string{"see me"}}, "see me", "see me"},
		{"broken JSON", `["`, Reason{Legacy, []string{`["`}}, `["`, `["`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ParseReason(tc.stored)
			if r.String() != tc.want.String() {
				t.Fatalf("ParseReason(%q) = %v, want %v", tc.stored, r, tc.want)
			}
			if en := r.Text("en", nil); !strings.Contains(en, tc.en) {
				t.Errorf("en: %q, want %q in it", en, tc.en)
			}
			if mn := r.Text("mn", nil); !strings.Contains(mn, tc.mn) {
				t.Errorf("mn: %q, want %q in it", mn, tc.mn)
			}
		})
	}
	if ParseReason("").Code != "" || (Reason{}).String() != "" {
		t.Error("no reason should read and write as empty")
	}
	named := Reason{ConflictCopy, []string{"id-7"}}.Text("en", func(id string) string { return map[string]string{"id-7": "School 3"}[id] })
	if named != "Another copy's version of “School 3”, kept beside it" {
		t.Errorf("labelled: %q", named)
	}
}
