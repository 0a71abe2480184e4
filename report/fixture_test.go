package report

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// The fixture is a small hand-made result that stresses positions: CRLF line
// ends, an emoji (two UTF-16 units, one code point, four bytes, two display
// columns) and curly quotes before a span, an NFD letter inside one, a file
// without a final newline and a very long line, and a file of invalid UTF-8.

const (
	// news/a.txt: CRLF, emoji, curly quotes, NFD "café", a duplicated paragraph.
	srcA = "Council approves budget\r\n" +
		"\r\n" +
		"📢 The mayor said “no” to teh plan.\r\n" +
		"\r\n" +
		"The cafe\u0301 on Main Street reopened today after a long wait.\r\n" +
		"\r\n" +
		"📢 The mayor said “no” to teh plan.\r\n"
	// news/b.md: no final newline; its last line is long and lacks a full stop.
	srcB = "# Budget\n\nTaxes will rise by 2%, the mayor said, " +
		"and the council, which met for nine hours in the old town hall on a wet Tuesday night, " +
		"agreed after a long and sometimes bitter debate about libraries and buses"
	// news/c.txt: a byte that is not UTF-8.
	srcC = "Bad \xff byte here.\n"
)

var (
	ruleTypo = &rules.Rule{ID: "typo", Summary: "word looks misspelled", Severity: rules.Error,
		Doc: "Finds words that are not in the dictionary.\n\nFix the spelling, or add the word to the house list."}
	ruleDupe = &rules.Rule{ID: "duplicate-block", Summary: "a paragraph repeats earlier text", Severity: rules.Warning,
		Doc: "Finds text pasted twice.\n\nDelete the repeat."}
	ruleNFD = &rules.Rule{ID: "unicode-nfc", Summary: "text is not in NFC", Severity: rules.Info,
		Doc: "Finds decomposed letters, which some search tools miss."}
	ruleStop = &rules.Rule{ID: "full-stop", Summary: "paragraph ends without a full stop", Severity: rules.Warning}
)

// spanOf is the byte span of the n-th (0-based) occurrence of s in src.
func spanOf(t testing.TB, src, s string, n int) article.Span {
	t.Helper()
	at := 0
	for i := 0; ; i++ {
		j := strings.Index(src[at:], s)
		if j < 0 {
			t.Fatalf("%q: occurrence %d not found", s, n)
		}
		if i == n {
			return article.Span{Start: at + j, End: at + j + len(s)}
		}
		at += j + len(s)
	}
}

func parse(t testing.TB, path, src string) *article.Article {
	t.Helper()
	f, _ := article.FormatOf(path)
	a, err := article.Parse(path, f, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// fixture builds the result by hand, as the engine would return it: sorted
// articles, findings sorted by path and offset, rules sorted by ID.
func fixture(t testing.TB) *engine.Result {
	t.Helper()
	a, b, c := parse(t, "news/a.txt", srcA), parse(t, "news/b.md", srcB), parse(t, "news/c.txt", srcC)
	teh0, teh1 := spanOf(t, srcA, "teh", 0), spanOf(t, srcA, "teh", 1)
	cafe := spanOf(t, srcA, "cafe\u0301", 0)
	para0 := spanOf(t, srcA, "📢 The mayor said “no” to teh plan.", 0)
	para1 := spanOf(t, srcA, "📢 The mayor said “no” to teh plan.", 1)
	typo := func(s article.Span) rules.Finding {
		return rules.Finding{Rule: "typo", Severity: rules.Error, Path: "news/a.txt", Span: s, Key: "teh",
			Message: "'teh' may be misspelled; did you mean 'the'?",
			Fixes:   []rules.Fix{{Message: "Replace 'teh' with 'the'", Safe: true, Edits: []rules.Edit{{Span: s, New: "the"}}}}}
	}
	// The deletion takes the blank line before the repeat, to the end of the file.
	del := article.Span{Start: para1.Start - len("\r\n"), End: len(srcA)}
	end := article.Span{Start: len(srcB), End: len(srcB)}
	res := &engine.Result{
		Articles: []*article.Article{a, b, c},
		Rules:    []*rules.Rule{ruleDupe, ruleStop, ruleTypo, ruleNFD},
		Findings: []rules.Finding{
			typo(teh0),
			{Rule: "unicode-nfc", Severity: rules.Info, Path: "news/a.txt", Span: cafe, Key: "cafe\u0301",
				Message: "'café' is written with a combining accent (NFD)",
				Fixes:   []rules.Fix{{Message: "Use the composed 'café'", Edits: []rules.Edit{{Span: cafe, New: "café"}}}}},
			{Rule: "duplicate-block", Severity: rules.Warning, Path: "news/a.txt", Span: para1, Key: "mayor no",
				Message: "This paragraph repeats the paragraph at line 3.",
				Related: []rules.Related{{Span: para0, Message: "first copy"}},
				Fixes:   []rules.Fix{{Message: "Delete the repeated paragraph", Safe: true, Edits: []rules.Edit{{Span: del}}}}},
			typo(teh1),
			{Rule: "full-stop", Severity: rules.Warning, Path: "news/b.md", Span: spanOf(t, srcB, "buses", 0), Key: "buses",
				Message: "Paragraph ends without a full stop.",
				Fixes:   []rules.Fix{{Message: "Add a full stop", Safe: true, Edits: []rules.Edit{{Span: end, New: "."}}}}},
		},
	}
	for _, art := range res.Articles {
		for _, w := range art.Warnings {
			res.Warnings = append(res.Warnings, engine.FileWarning{Path: art.Path, Offset: w.Offset, Message: w.Message})
		}
	}
	return res
}
