package typography

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// ApostropheOptions configure apostrophe-style.
type ApostropheOptions struct {
	rules.Settings `yaml:",inline"`
	// Style is the house style: "auto" (the article's majority), "curly"
	// or "straight".
	Style string `yaml:"style"`
}

// ApostropheStyle is the apostrophe-style rule.
var ApostropheStyle = &rules.Rule{
	ID:         "apostrophe-style",
	Summary:    apostropheSummary,
	Doc:        apostropheDoc,
	Severity:   rules.Warning,
	Scope:      rules.ArticleScope,
	Default:    true,
	NewOptions: func() rules.Options { return &ApostropheOptions{Style: "auto"} },
	Run:        runApostrophe,
}

// mark is one apostrophe or quotation mark in the prose.
type mark struct {
	p          *article.Paragraph
	start, end int
	r          rune
}

func (m mark) curly() bool { return m.r != '\'' && m.r != '"' }

func runApostrophe(pass *rules.Pass) error {
	opts := pass.Options.(*ApostropheOptions)
	var marks, accents []mark
	for _, p := range pass.Article.Paragraphs {
		marks = appendMarks(marks, p)
		accents = appendAccents(accents, p)
	}
	curly := 0
	for _, m := range marks {
		if m.curly() {
			curly++
		}
	}
	wantCurly, sure, err := wantedStyle(opts.Style, curly, len(marks)-curly)
	if err != nil {
		return err
	}
	// With no marks to follow and no house style, ’ for a backtick is a guess.
	house := opts.Style == "curly" || opts.Style == "straight"
	for _, m := range accents {
		reportAccent(pass, m, wantCurly, sure && (house || len(marks) > 0))
	}
	why := houseReason(opts.Style, wantCurly, curly, len(marks))
	for _, m := range marks {
		switch {
		case m.curly() != wantCurly:
			reportMark(pass, m, wantCurly, sure, why)
		case m.r == '‘' && turned(m.p.Text[m.end:]):
			reportTurned(pass, m)
		}
	}
	return nil
}

// turned reports whether a ‘ before text stands where an apostrophe is
// meant, as a word processor's autocorrect leaves it: before a decade
// (‘80s), in rock ‘n’ roll, or in an elision (‘em, ‘til, ‘tis).
func turned(after string) bool {
	if twoDigits(after) {
		return true
	}
	w := after
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	switch w { // lower case only: ‘Tis or ‘Em may open a quotation
	case "n", "em", "til", "tis", "twas":
		return true
	}
	return false
}

func reportTurned(pass *rules.Pass, m mark) {
	pass.Report(rules.Finding{
		Span:    m.p.SourceSpan(m.start, m.end),
		Message: "‘ opens a quotation; an apostrophe standing for left-out letters or digits is ’ (’80s, rock ’n’ roll)",
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, m.p, m.start, m.end, "’", "replace with ’", true)},
	})
}

// wantedStyle decides which marks the article should use: the house style,
// or else its own majority. A tie says nothing about the house style; curly
// is the typeset norm, but the fixes are then left to a human.
func wantedStyle(style string, curly, straight int) (wantCurly, sure bool, err error) {
	switch style {
	case "curly", "straight":
		return style == "curly", true, nil
	case "auto", "":
		if straight == 0 {
			return true, true, nil // all curly, or no marks at all
		}
		return curly >= straight && curly > 0, curly != straight, nil
	}
	return false, false, fmt.Errorf("style must be auto, curly or straight, not %q", style)
}

// appendAccents adds the grave accents and backticks typed for an
// apostrophe between letters ("don`t", "Baghdad´s"), wrong in any style.
func appendAccents(marks []mark, p *article.Paragraph) []mark {
	t := p.Text
	for i := 0; i < len(t); i++ {
		if t[i] != '`' && t[i] != 0xC2 { // ´ is encoded from 0xC2
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[i:])
		if r != '`' && r != '´' {
			continue
		}
		end := i + utf8.RuneLen(r)
		if prev, next := around(t, i, end); unicode.IsLetter(prev) && unicode.IsLetter(next) {
			marks = append(marks, mark{p: p, start: i, end: end, r: r})
		}
	}
	return marks
}

func reportAccent(pass *rules.Pass, m mark, wantCurly, sure bool) {
	repl := "'"
	if wantCurly {
		repl = "’"
	}
	pass.Report(rules.Finding{
		Span:    m.p.SourceSpan(m.start, m.end),
		Message: fmt.Sprintf("%c is an accent, not an apostrophe; use %s", m.r, repl),
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, m.p, m.start, m.end, repl, "replace with "+repl, sure)},
	})
}

// appendMarks adds the apostrophes and quotation marks of p's prose. Primes
// written as straight marks (6'2", 5' 11") are measurements, not quotes.
func appendMarks(marks []mark, p *article.Paragraph) []mark {
	t := p.Text
	for i := 0; i < len(t); i++ {
		if t[i] != '\'' && t[i] != '"' && t[i] != 0xE2 { // ‘ ’ “ ” are encoded from 0xE2
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '\'', '"', '‘', '’', '“', '”':
		default:
			continue
		}
		end := i + utf8.RuneLen(r)
		if prev, next := around(t, i, end); (r == '\'' || r == '"') && unicode.IsDigit(prev) && !unicode.IsLetter(next) {
			continue
		}
		marks = append(marks, mark{p: p, start: i, end: end, r: r})
	}
	return marks
}

// houseReason says why the wanted style is wanted, for the message.
func houseReason(style string, wantCurly bool, curly, total int) string {
	name, n := "straight", total-curly
	if wantCurly {
		name, n = "curly", curly
	}
	if style == "curly" || style == "straight" {
		return "the house style is " + name
	}
	return share(n, total, "apostrophe or quotation mark", "apostrophes and quotation marks", "is "+name, "are "+name)
}

func reportMark(pass *rules.Pass, m mark, wantCurly, sure bool, why string) {
	what := "apostrophe"
	if m.r == '"' || m.r == '“' || m.r == '”' || m.r == '‘' {
		what = "quotation mark"
	}
	style := "straight"
	if m.curly() {
		style = "curly"
	}
	f := rules.Finding{Span: m.p.SourceSpan(m.start, m.end)}
	repl, certain := straighten(m.r), true
	if wantCurly {
		repl, certain = curlFor(m.p.Text, m.start, m.end, m.r)
	}
	if repl == "" {
		f.Message = fmt.Sprintf("%s %s (%c) where %s", style, what, m.r, why)
	} else {
		f.Message = fmt.Sprintf("%s %s (%c) where %s; use %s", style, what, m.r, why, repl)
		f.Fixes = []rules.Fix{rules.ReplaceText(pass.Article.Source, m.p, m.start, m.end, repl, "replace with "+repl, sure && certain)}
	}
	pass.Report(f)
}

func straighten(r rune) string {
	if r == '“' || r == '”' {
		return `"`
	}
	return "'"
}

// curlFor picks the curly mark for a straight one from its neighbours.
// certain is false where the choice is a guess: a straight single quote
// before a word opens a quotation (‘) or marks an elision (’em, ’tis).
func curlFor(t string, i, j int, r rune) (repl string, certain bool) {
	prev, next := around(t, i, j)
	opens := isOpener(prev)
	if r == '"' {
		switch {
		case opens && !unicode.IsSpace(next):
			return "“", true
		case !opens && (unicode.IsSpace(next) || unicode.IsPunct(next) || j == len(t)):
			return "”", true
		}
		return "", false
	}
	if !opens {
		return "’", true // Baghdad’s, leaders’, a closing single quote
	}
	if twoDigits(t[j:]) {
		return "’", true // ’90s
	}
	if unicode.IsSpace(next) {
		return "", false
	}
	return "‘", false
}

func twoDigits(s string) bool {
	return len(s) >= 2 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
}
