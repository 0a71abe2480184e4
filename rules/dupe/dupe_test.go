package dupe_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/dupe"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestGolden checks every file in testdata against its .golden file.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fs, art := ruletest.Check(t, dupe.Rule, filepath.Base(f), src, ruletest.Options{})
			ruletest.Golden(t, f+".golden", ruletest.Format(fs, art))
		})
	}
}

// TestExample: the example article's body is pasted twice; lines 12–20 are
// one finding whose safe fix restores the article as it was meant.
func TestExample(t *testing.T) {
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	fs, art := ruletest.Check(t, dupe.Rule, "example.txt", src, ruletest.Options{})
	if len(fs) != 1 {
		t.Fatalf("want 1 finding, got %d:\n%s", len(fs), ruletest.Format(fs, art))
	}
	f := fs[0]
	if s, e := art.Lines.Position(f.Span.Start), art.Lines.Position(f.Span.End); s.Line != 12 || s.Column != 1 || e.Line != 20 {
		t.Errorf("finding at %d:%d-%d:%d, want 12:1 to line 20", s.Line, s.Column, e.Line, e.Column)
	}
	if len(f.Related) != 1 || art.Lines.Line(f.Related[0].Span.Start) != 3 || art.Lines.Line(f.Related[0].Span.End) != 11 {
		t.Errorf("related = %+v, want lines 3–11", f.Related)
	}
	fixed, err := rules.Apply(src, rules.SafeEdits(fs, false))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	if want := strings.Join(lines[:11], "\n"); string(fixed) != want {
		t.Errorf("fixed article is not lines 1–11 without a final newline:\n%q", fixed[max(0, len(fixed)-80):])
	}
}

func TestCases(t *testing.T) {
	long := "The council voted on Tuesday to close the library on the high street next spring."
	long2 := "Residents who use the library said they would campaign to keep it open for children."
	tests := []struct {
		name, file, src string
		want            int // findings
		safe            bool
	}{
		{"paragraph twice", "a.txt", long + "\n" + long2 + "\n" + long, 1, true},
		{"curly vs straight and case", "a.txt", "He said “it is over” and left the room for good that night.\n" + long + "\nhe said \"It is over\" and left the room for good that night.", 1, true},
		{"near copy", "a.txt", long + "\n" + long2 + "\n" + strings.Replace(long, "Tuesday", "Wednesday", 1), 1, false},
		{"short boilerplate", "a.txt", "Advertisement\n" + long + "\nAdvertisement\n" + long2, 0, false},
		{"different paragraphs", "a.txt", long + "\n" + long2, 0, false},
		{"headline repeated", "a.txt", "Council to close library\nCouncil to close library\n" + long, 1, true},
		{"lede pasted twice", "a.txt", long + "\n" + long + "\n" + long2, 1, true},
		{"parallel copy, other places", "a.txt", "A yellow warning for rain covers Leeds, Bradford and Wakefield from six on Saturday until six on Sunday.\n" +
			"A yellow warning for wind covers Hull, York and Scarborough from six on Saturday until six on Sunday.", 0, false},
		{"near copy, one name changed", "a.txt", "The minister Ali Soleimani said the talks in Geneva would resume on Monday morning.\n" + long + "\n" +
			"The minister Ali Suleimani said the talks in Geneva would resume on Monday morning.", 1, false},
		{"markdown list", "a.md", "- " + long + "\n- " + long2 + "\n- " + long + "\n", 1, true},
		{"markdown paragraphs crlf", "a.md", "# Title\r\n\r\n" + long + "\r\n\r\n" + long2 + "\r\n\r\n" + long + "\r\n", 1, true},
		{"html", "a.html", "<p>" + long + "</p>\n<p>" + long2 + "</p>\n<p>" + long + "</p>\n", 1, true},
		{"three times", "a.txt", long + "\n" + long + "\n" + long, 2, true},
		{"empty", "a.txt", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, art := ruletest.Check(t, dupe.Rule, tt.file, []byte(tt.src), ruletest.Options{})
			if len(fs) != tt.want {
				t.Fatalf("want %d findings, got:\n%s", tt.want, ruletest.Format(fs, art))
			}
			for _, f := range fs {
				if headline := strings.HasPrefix(tt.name, "headline"); (f.Severity == rules.Info) != headline {
					t.Errorf("severity %v; only a headline repeat is info:\n%s", f.Severity, ruletest.Format(fs, art))
				}
				if got := len(f.Fixes) == 1 && f.Fixes[0].Safe; got != tt.safe {
					t.Errorf("safe fix = %v, want %v:\n%s", got, tt.safe, ruletest.Format(fs, art))
				}
			}
			if tt.want == 0 || !tt.safe {
				return
			}
			fixed, err := rules.Apply([]byte(tt.src), rules.SafeEdits(fs, false))
			if err != nil {
				t.Fatal(err)
			}
			again, art2 := ruletest.Check(t, dupe.Rule, tt.file, fixed, ruletest.Options{})
			if len(again) != 0 && tt.name != "three times" {
				t.Errorf("fixed text still has findings:\n%s\n%s", fixed, ruletest.Format(again, art2))
			}
		})
	}
}

// TestFixLeavesMarkupWhole: a safe deletion takes a Markdown heading's
// setext underline with the copy (left behind, "===" would be prose), and a
// deletion of HTML lines whose tags do not balance (it would take the end of
// the enclosing div) is not safe. Both were found by FuzzDupe's invariant
// or beside it.
func TestFixLeavesMarkupWhole(t *testing.T) {
	const line = "The council met on Monday to discuss the budget"
	for _, tc := range []struct {
		name, src string
		safe      bool
		deleted   string
	}{
		{"setext.md", line + "\n\n" + line + "\n===\n\nNext.\n", true, line + "\n===\n\n"},
		{"div.html", "<div><p>" + line + ".</p>\n<p>" + line + ".</p></div>\n<p>Next.</p>\n", false, line + "."},
		{"balanced.html", "<div><p>" + line + ".</p>\n<p>" + line + ".</p>\n</div>\n", true, "<p>" + line + ".</p>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, _ := ruletest.Check(t, dupe.Rule, tc.name, []byte(tc.src), ruletest.Options{})
			if len(fs) != 1 || len(fs[0].Fixes) != 1 || len(fs[0].Fixes[0].Edits) != 1 {
				t.Fatalf("want one finding with one fix of one edit, got:\n%s", ruletest.Format(fs))
			}
			fx := fs[0].Fixes[0]
			e := fx.Edits[0].Span
			if fx.Safe != tc.safe || tc.src[e.Start:e.End] != tc.deleted {
				t.Errorf("fix safe=%v deletes %q, want safe=%v deleting %q", fx.Safe, tc.src[e.Start:e.End], tc.safe, tc.deleted)
			}
		})
	}
}
