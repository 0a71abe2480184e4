package chars

import (
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Mojibake is the mojibake rule.
var Mojibake = &rules.Rule{
	ID:       "mojibake",
	Summary:  mojibakeSummary,
	Doc:      mojibakeDoc,
	Severity: rules.Error,
	Scope:    rules.ArticleScope,
	Default:  true,
	Run:      runMojibake,
}

func runMojibake(pass *rules.Pass) error {
	inProse := false
	for _, p := range pass.Article.Paragraphs {
		if p.Chars.Has(article.AllASCII) {
			continue // ASCII alone is never garbled
		}
		t := p.Text
		for i := 0; i < len(t); {
			if t[i] < utf8.RuneSelf && (i+1 == len(t) || t[i+1] < utf8.RuneSelf) {
				i++ // ASCII is never garbled, unless an accent follows: A + U+0303 is Ã
				continue
			}
			if n := invalidRun(t[i:]); n > 0 {
				reportInvalid(pass, p, i, i+n)
				inProse = true
				i += n
				continue
			}
			if n, fixed, page := misdecoded(t[i:]); n > 0 {
				reportMisdecoded(pass, p, i, i+n, fixed, page)
				i += n
				continue
			}
			r, size := utf8.DecodeRuneInString(t[i:])
			switch {
			case r >= 0x80 && r <= 0x9F:
				reportC1(pass, p, i, i+size, r)
			case r == utf8.RuneError && size == 3:
				pass.Report(rules.Finding{Span: p.SourceSpan(i, i+size),
					Message: "replacement character (U+FFFD): a character was lost when the text was converted between encodings; retype it from the original"})
			}
			i += size
		}
	}
	if !inProse {
		reportEncodingWarnings(pass)
	}
	return nil
}

// invalidRun is the length of the run of bytes at the start of s that are
// not UTF-8.
func invalidRun(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if r != utf8.RuneError || size != 1 {
			break
		}
		n++
	}
	return n
}

// reportInvalid: bytes that are not UTF-8, typically one character of a
// file saved in Windows-1252 (BBC sport/199.txt has a raw 0xA3, "£"). What
// they were meant to be is a guess about the encoding, so the fix offered is
// not safe.
func reportInvalid(pass *rules.Pass, p *article.Paragraph, i, j int) {
	raw := p.Text[i:j]
	guess, _ := charmap.Windows1252.NewDecoder().String(raw)
	f := rules.Finding{
		Span: p.SourceSpan(i, j),
		Message: fmt.Sprintf("%s not UTF-8: this part of the file is in another encoding (in Windows-1252, %q); save the file as UTF-8",
			byteNames(raw), guess),
	}
	if utf8.ValidString(guess) && guess != "" {
		f.Fixes = []rules.Fix{rules.ReplaceText(pass.Article.Source, p, i, j, guess, "read the bytes as Windows-1252: "+guess, false)}
	}
	pass.Report(f)
}

// reportEncodingWarnings: a file whose bad bytes are all outside the prose
// (in markup, say) still gets one finding, at the first of them.
func reportEncodingWarnings(pass *rules.Pass) {
	src := pass.Article.Source
	for _, w := range pass.Article.Warnings {
		if w.Offset < 0 || w.Offset >= len(src) {
			continue
		}
		if r, size := utf8.DecodeRune(src[w.Offset:]); r != utf8.RuneError || size != 1 {
			continue // a warning of another kind (a rule's bug, a depth cap), not a bad byte
		}
		pass.Report(rules.Finding{
			Span:    article.Span{Start: w.Offset, End: w.Offset + 1},
			Message: fmt.Sprintf("byte 0x%02X is not UTF-8: the file is in another encoding; save it as UTF-8", pass.Article.Source[w.Offset]),
		})
	}
}

// reportC1 reports a C1 control character, which in news copy is a
// Windows-1252 character (’ “ — …) read as Latin-1: U+0092 is 0x92, ’.
func reportC1(pass *rules.Pass, p *article.Paragraph, i, j int, r rune) {
	c := charmap.Windows1252.DecodeByte(byte(r))
	meant := string(c)
	f := rules.Finding{Span: p.SourceSpan(i, j), Key: fmt.Sprintf("U+%04X", r)}
	if c != utf8.RuneError && c >= 0xA0 { // one of the five bytes Windows-1252 leaves undefined otherwise
		f.Message = fmt.Sprintf("control character U+%04X is Windows-1252 %q read as Latin-1; use %s", r, meant, meant)
		f.Fixes = []rules.Fix{rules.ReplaceText(pass.Article.Source, p, i, j, meant, "replace with "+meant, true)}
	} else {
		f.Message = fmt.Sprintf("control character U+%04X in the text, likely left by a wrong encoding; delete it or retype what was meant", r)
	}
	pass.Report(f)
}

func reportMisdecoded(pass *rules.Pass, p *article.Paragraph, i, j int, fixed, page string) {
	bad := p.Text[i:j]
	pass.Report(rules.Finding{
		Span:    p.SourceSpan(i, j),
		Message: fmt.Sprintf("%q is %q garbled: UTF-8 read as %s; use %s", bad, fixed, page, fixed),
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, p, i, j, fixed, "re-decode as UTF-8: "+fixed, true)},
		Key:     bad,
	})
}

func byteNames(raw string) string {
	if len(raw) == 1 {
		return fmt.Sprintf("byte 0x%02X is", raw[0])
	}
	return fmt.Sprintf("bytes % X are", []byte(raw))
}
