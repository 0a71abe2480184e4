package report

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// TestCompactSame: a result that keeps of each file only what its findings
// show (engine.NewFileText, as check makes it) renders byte for byte as the
// one that keeps the articles, in every format and in the diff of fixes
// (for which the files with fixes are kept whole).
func TestCompactSame(t *testing.T) {
	full := fixture(t)
	compact := *full
	compact.Articles, compact.Checked = nil, len(full.Articles)
	withFixes := compact
	for _, a := range full.Articles {
		var fs []rules.Finding
		for _, f := range full.Findings {
			if f.Path == a.Path {
				fs = append(fs, f)
			}
		}
		compact.Texts = append(compact.Texts, engine.NewFileText(a, fs))
		withFixes.Texts = append(withFixes.Texts, engine.FullText(a))
	}
	for _, format := range Formats {
		for _, color := range []bool{false, true} {
			opts := Options{Format: format, Color: color, BaseDir: ".", ToolVersion: "1.2.3"}
			if got, want := render(t, &compact, opts), render(t, full, opts); got != want {
				t.Errorf("%s (colour %v): compact result renders differently:\n%s\nwant:\n%s", format, color, got, want)
			}
		}
	}
	got, err1 := DiffFixes(&withFixes, false)
	want, err2 := DiffFixes(full, false)
	if err1 != nil || err2 != nil || got != want || want == "" {
		t.Errorf("diff of fixes: %v %v\n%s\nwant:\n%s", err1, err2, got, want)
	}
	if _, err := DiffFixes(&compact, false); err == nil {
		t.Error("a diff from compact texts, which lack the files, should fail, not print a wrong diff")
	}
}
