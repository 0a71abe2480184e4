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

// TestReplaceTextInField: replacement text written into a front-matter
// headline is escaped for its quoting, or the fix has no edit when the
// quoting cannot hold it; ValidateFinding refuses a raw edit that would
// break the YAML.
func TestReplaceTextInField(t *testing.T) {
	src := []byte("---\ntitle: \"Goverment looms\"\nsummary: Plain text\n---\nBody.\n")
	a, err := article.Parse("a.md", article.Markdown, src)
	if err != nil {
		t.Fatal(err)
	}
	title, summary := a.Paragraphs[0], a.Paragraphs[1]
	fx := rules.ReplaceText(src, title, 0, len("Goverment"), `"Government"`, "m", true)
	if len(fx.Edits) != 1 || fx.Edits[0].New != `\"Government\"` || !fx.Safe {
		t.Fatalf("escaped fix = %+v", fx)
	}
	out, err := rules.Apply(src, fx.Edits)
	if err != nil || !bytes.Contains(out, []byte(`title: "\"Government\" looms"`)) {
		t.Errorf("applied: %q, %v", out, err)
	}
	find := func(fx rules.Fix) rules.Finding {
		return rules.Finding{Path: "a.md", Span: fx.Edits[0].Span, Fixes: []rules.Fix{fx}}
	}
	if err := rules.ValidateFinding(find(fx), a); err != nil {
		t.Errorf("the escaped fix is refused: %v", err)
	}
	raw := rules.Fix{Message: "m", Safe: true, Edits: []rules.Edit{{Span: fx.Edits[0].Span, New: `"Government"`}}}
	if err := rules.ValidateFinding(find(raw), a); err == nil {
		t.Error("a raw quote into a double-quoted scalar is accepted")
	}
	if fx := rules.ReplaceText(src, summary, 5, 6, ": ", "m", true); len(fx.Edits) != 0 {
		t.Errorf("a plain scalar took \": \": %+v", fx)
	}
}
