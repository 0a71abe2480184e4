package rules_test

import (
	"bytes"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

func edit(s, e int, n string) rules.Edit {
	return rules.Edit{Span: article.Span{Start: s, End: e}, New: n}
}

func TestSafeEditsSkipsOverlaps(t *testing.T) {
	fs := []rules.Finding{
		{Fixes: []rules.Fix{{Safe: true, Edits: []rules.Edit{edit(0, 3, "x")}}}},
		{Fixes: []rules.Fix{{Safe: true, Edits: []rules.Edit{edit(2, 5, "y")}}}}, // overlaps the first
		{Fixes: []rules.Fix{{Safe: false, Edits: []rules.Edit{edit(6, 7, "z")}}}},
		{Fixes: []rules.Fix{{Safe: true, Edits: []rules.Edit{edit(8, 8, "!")}}}},
	}
	got := rules.SafeEdits(fs, false)
	if len(got) != 2 || got[0].New != "x" || got[1].New != "!" {
		t.Errorf("SafeEdits = %+v", got)
	}
	if got := rules.SafeEdits(fs, true); len(got) != 3 {
		t.Errorf("SafeEdits(unsafe) = %+v", got)
	}
}

// FuzzApply: bytes outside the edits never change, and applying no edits is
// the identity.
func FuzzApply(f *testing.F) {
	f.Add([]byte("The the council met."), 0, 4, "")
	f.Add([]byte("a\r\nb"), 1, 3, "\n")
	f.Add([]byte("héllo"), 1, 3, "e")
	f.Fuzz(func(t *testing.T, src []byte, s, e int, repl string) {
		if s < 0 || e < s || e > len(src) {
			return
		}
		out, err := rules.Apply(src, []rules.Edit{edit(s, e, repl)})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(out, src[:s]) || !bytes.HasSuffix(out, src[e:]) || len(out) != len(src)-(e-s)+len(repl) {
			t.Fatalf("bytes outside the edit changed: %q → %q", src, out)
		}
		if same, _ := rules.Apply(src, nil); !bytes.Equal(same, src) {
			t.Fatal("no edits changed the file")
		}
		if _, err := rules.Apply(src, []rules.Edit{edit(s, e, repl), edit(s, e, repl)}); e > s && err == nil {
			t.Fatal("overlapping edits accepted")
		}
	})
}
