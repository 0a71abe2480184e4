package typography

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Spacing is the spacing rule.
var Spacing = &rules.Rule{
	ID:       "spacing",
	Summary:  spacingSummary,
	Doc:      spacingDoc,
	Severity: rules.Warning,
	Scope:    rules.ArticleScope,
	Default:  true,
	Run:      runSpacing,
}

// gap is a run of ASCII spaces between two printing characters of a line.
type gap struct {
	p          *article.Paragraph
	start, end int
	prev, next rune
}

func runSpacing(pass *rules.Pass) error {
	// Two spaces after a full stop is a typewriter habit some copy keeps
	// throughout; only where most sentences have one is a second a slip.
	single, double := 0, 0
	// Only the gaps that may be reported are kept: every space between
	// words would be a million gaps over a folder of news copy.
	var gaps []gap
	for _, p := range pass.Article.Paragraphs {
		eachGap(p, func(g gap) {
			if afterStop(g) {
				if g.end-g.start == 1 {
					single++
				} else {
					double++
				}
			}
			if g.end-g.start > 1 || punctuation(g.next) {
				gaps = append(gaps, g)
			}
		})
	}
	french := strings.HasPrefix(pass.Language, "fr")
	for _, g := range gaps {
		switch {
		case g.end-g.start > 1 && (!afterStop(g) || single > double):
			reportDoubleSpace(pass, g)
		case spaceBeforePunct(g, french):
			reportSpaceBefore(pass, g)
		}
	}
	return nil
}

// eachGap calls f with each gap of p, in order, but for one space between
// two ASCII letters or digits: neither after a sentence's end nor before a
// mark, it is nothing to runSpacing.
func eachGap(p *article.Paragraph, f func(gap)) {
	t := p.Text
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' {
			continue
		}
		j := i
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j == i+1 && i > 0 && j < len(t) && asciiAlnum(t[i-1]) && asciiAlnum(t[j]) {
			i = j
			continue // one space between words: runSpacing asks nothing of it, and it is nearly every gap
		}
		prev, next := around(t, i, j)
		// spaces on both sides of a tag or comment are not together in the
		// source, nor on the page
		if i > 0 && j < len(t) && !unicode.IsSpace(prev) && !unicode.IsSpace(next) && p.Contiguous(i, j) {
			f(gap{p: p, start: i, end: j, prev: prev, next: next})
		}
		i = j
	}
}

// afterStop: the gap follows the end of a sentence ('said.  The', '?"  He').
func afterStop(g gap) bool {
	switch g.prev {
	case '.', '?', '!', ':', '"', '\'', '”', '’', ')', ']':
	default:
		return false // most gaps follow a word: no need to look further back
	}
	t := strings.TrimRight(g.p.Text[:g.start], `"'”’)]`)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ":")
}

// punctuation reports whether r is a mark spaceBeforePunct may find a space
// before.
func punctuation(r rune) bool {
	switch r {
	case ',', '.', ';', ':', '!', '?':
		return true
	}
	return false
}

// spaceBeforePunct: a space before a comma, full stop, colon, semicolon, or
// a question or exclamation mark that ends a word ("Commerzbank ."), but not
// an ellipsis (" ..."), a number (" .5"), a name (" .NET") or an emoticon.
// French sets a space before ; : ! ? by rule.
func spaceBeforePunct(g gap, french bool) bool {
	t := g.p.Text
	c := g.next
	switch c {
	case ',', '.':
	case ';', ':', '!', '?':
		if french {
			return false
		}
	default:
		return false
	}
	after := g.end + 1
	if g.prev == '.' || g.prev == '…' || c == '.' && (strings.HasPrefix(t[after:], ".") || strings.HasPrefix(t[after:], " .")) {
		return false // an ellipsis: "...", ". . .", "… ?"
	}
	_, next := around(t, g.end, after)
	if c == ':' || c == ';' {
		return next == ' ' || next == '\n' || after == len(t)
	}
	return unicode.IsSpace(next) || after == len(t) || strings.ContainsRune(`"'”’)]`, next)
}

func reportDoubleSpace(pass *rules.Pass, g gap) {
	n := g.end - g.start
	f := rules.Finding{
		Span:    g.p.SourceSpan(g.start, g.end),
		Message: fmt.Sprintf("%d spaces between words; use one", n),
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, g.p, g.start, g.end, " ", "replace with one space", true)},
	}
	if afterStop(g) {
		f.Message = fmt.Sprintf("%d spaces after the end of a sentence, where the article mostly has one; use one", n)
	}
	pass.Report(f)
}

func reportSpaceBefore(pass *rules.Pass, g gap) {
	// Deleting the space is right after a word; after other punctuation
	// (". .") the stray mark itself may be what should go.
	sure := isWordRune(g.prev) || strings.ContainsRune(`"'”’)]`, g.prev)
	f := rules.Finding{
		Span:    g.p.SourceSpan(g.start, g.end),
		Message: fmt.Sprintf("space before %q; delete it", g.next),
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, g.p, g.start, g.end, "", "delete the space", sure)},
	}
	pass.Report(f)
}

func asciiAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}
