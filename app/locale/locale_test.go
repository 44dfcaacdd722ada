package locale

import "testing"

func TestIsPOSIX(t *testing.T) {
	for loc, want := range map[string]bool{
		"": true, "C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true,
		"en_US.UTF-8": false, "mn_MN.UTF-8": false, "mn": false,
	} {
		if got := IsPOSIX(loc); got != want {
			t.Errorf("IsPOSIX(%q) = %v, want %v", loc, got, want)
		}
	}
}

func TestSetMessages(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C.UTF-8")
	setMessages("mn")
	if Effective() != "mn" {
		t.Errorf("effective locale %q, want mn", Effective())
	}
	t.Setenv("LC_ALL", "C")
	setMessages("en")
	if Effective() != "en" {
		t.Errorf("with LC_ALL set, effective locale %q, want en", Effective())
	}
}
