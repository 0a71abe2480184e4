package chars

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// InvisibleCharacter is the invisible-character rule.
var InvisibleCharacter = &rules.Rule{
	ID:       "invisible-character",
	Summary:  invisibleSummary,
	Doc:      invisibleDoc,
	Severity: rules.Warning,
	Scope:    rules.ArticleScope,
	Default:  true,
	Run:      runInvisible,
}

// invisible names the characters reported, by what they do.
func invisible(r rune) string {
	switch {
	case r == '\u200B':
		return "zero-width space"
	case r == '\u200C':
		return "zero-width non-joiner"
	case r == '\u200D':
		return "zero-width joiner"
	case r == '\u2060':
		return "word joiner"
	case r == '\u00AD':
		return "soft hyphen"
	case r == '\uFEFF':
		return "byte order mark"
	case r == '\u180E' || r >= '\u2061' && r <= '\u2064' || r >= '\u206A' && r <= '\u206F' || r >= '\uFFF9' && r <= '\uFFFB':
		return "invisible format character"
	case r >= 0xE0000 && r <= 0xE007F:
		return "tag character"
	case r == '\u2028' || r == '\u2029':
		return "line or paragraph separator"
	case bidi(r):
		return "bidirectional control"
	case r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F:
		return "control character"
	}
	return ""
}

// bidi reports the bidirectional formatting characters: marks, embeddings,
// overrides and isolates. They can make text display in an order other than
// the one it is stored in (CVE-2021-42574, "Trojan Source").
func bidi(r rune) bool {
	return r == '\u200E' || r == '\u200F' || r == '\u061C' || r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
}

func runInvisible(pass *rules.Pass) error {
	for _, p := range pass.Article.Paragraphs {
		if p.Chars.Has(article.AllASCII | article.NoControl) {
			continue // printable ASCII, tabs and line feeds: nothing invisible
		}
		var base rune // the last character that is not a tag
		for i, r := range p.Text {
			if r >= ' ' && r < 0x7F {
				base = r
				continue // the common case, printable ASCII
			}
			if !isTag(r) {
				base = r
			}
			name := invisible(r)
			if name == "" && r == '\r' && !strings.HasPrefix(p.Text[i+1:], "\n") {
				name = "carriage return"
			}
			if name == "" {
				continue
			}
			j := i + utf8.RuneLen(r)
			if meant(p.Text, i, j, r, base) {
				continue
			}
			reportInvisible(pass, p, i, j, r, name, bidi(r) && strings.IndexFunc(p.Text, isRTL) >= 0)
		}
	}
	return nil
}

// meant: a joiner inside an emoji sequence (👩‍💻) or between letters of a
// script that shapes with it (Persian, Devanagari), and the tags of a
// subdivision flag (🏴 + tags), are part of the text.
func meant(t string, i, j int, r, base rune) bool {
	prev, next := neighbours(t, i, j)
	switch {
	case r == '\u200D':
		return isEmoji(prev) && isEmoji(next) || joinedScript(prev) || joinedScript(next)
	case r == '\u200C':
		return joinedScript(prev) || joinedScript(next)
	case isTag(r):
		return base == 0x1F3F4
	}
	return false
}

func isTag(r rune) bool { return r >= 0xE0000 && r <= 0xE007F }

func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r == 0xFE0F || r == 0x2640 || r == 0x2642
}

// joinedScript: a letter of a script whose words use joiners to choose
// letter forms: anything but Latin, Greek and Cyrillic.
func joinedScript(r rune) bool {
	if r < 0 || !(unicode.IsLetter(r) || unicode.IsMark(r)) {
		return false
	}
	return !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common)
}

func isRTL(r rune) bool {
	return unicode.In(r, unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko)
}

func reportInvisible(pass *rules.Pass, p *article.Paragraph, i, j int, r rune, name string, rtl bool) {
	// Removal is certain except for bidirectional controls in right-to-left
	// text, where they may be doing their job, and separators, which may
	// stand for a line break.
	sure := !(bidi(r) && rtl) && r != '\u2028' && r != '\u2029'
	msg := fmt.Sprintf("invisible %s (U+%04X) in the text; delete it", name, r)
	if bidi(r) {
		msg = fmt.Sprintf("%s (U+%04X): it can make the text display in another order than it is stored; delete it unless the right-to-left text needs it", name, r)
	}
	pass.Report(rules.Finding{
		Span:    p.SourceSpan(i, j),
		Message: msg,
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, p, i, j, "", "delete the "+name, sure)},
		Key:     fmt.Sprintf("U+%04X", r),
	})
}
