package typography

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// DashOptions configure dash.
type DashOptions struct {
	rules.Settings `yaml:",inline"`
	// Dash is the house dash: "auto" (the article's own, by majority), "em"
	// (closed up: word—word), "spaced-em" (word — word), "spaced-en"
	// (word – word) or "spaced-hyphen" (word - word, for ASCII-only copy).
	Dash string `yaml:"dash"`
}

// Dash is the dash rule.
var Dash = &rules.Rule{
	ID:         "dash",
	Summary:    dashSummary,
	Doc:        dashDoc,
	Severity:   rules.Warning,
	Scope:      rules.ArticleScope,
	Default:    true,
	NewOptions: func() rules.Options { return &DashOptions{Dash: "auto"} },
	Run:        runDash,
}

// dashStyle is how a dash between words is written.
type dashStyle int

const (
	noStyle dashStyle = iota
	emClosed
	emSpaced
	enSpaced
	spacedHyphen
	doubleHyphen // a typewriter's em dash; never a house style
	lopsided     // a space on one side only
)

var styleNames = map[string]dashStyle{"em": emClosed, "spaced-em": emSpaced, "spaced-en": enSpaced, "spaced-hyphen": spacedHyphen}

// text is how the style is written, spaces included.
func (s dashStyle) text() string {
	return [...]string{"", "—", " — ", " – ", " - ", "--", ""}[s]
}

func (s dashStyle) describe() string {
	return [...]string{"", "closed-up em dashes (—)", "spaced em dashes ( — )", "spaced en dashes ( – )",
		"spaced hyphens ( - )", "double hyphens (--)", "dashes spaced on one side"}[s]
}

// describeOne is describe in the singular, with its article.
func (s dashStyle) describeOne() string {
	return [...]string{"", "a closed-up em dash (—)", "a spaced em dash ( — )", "a spaced en dash ( – )",
		"a spaced hyphen ( - )", "a double hyphen (--)", "a dash spaced on one side"}[s]
}

// dashUse is one dash between words: Text[start:end] of p, spaces included.
type dashUse struct {
	p          *article.Paragraph
	start, end int
	style      dashStyle
}

func runDash(pass *rules.Pass) error {
	opts := pass.Options.(*DashOptions)
	house, configured := styleNames[opts.Dash]
	if !configured && opts.Dash != "auto" && opts.Dash != "" {
		return fmt.Errorf("dash must be auto, em, spaced-em, spaced-en or spaced-hyphen, not %q", opts.Dash)
	}
	var uses []dashUse
	typeset := false
	for _, p := range pass.Article.Paragraphs {
		uses = appendDashes(uses, p)
		// ‘ ’ “ ” … are all encoded from 0xE2: look for them only where it is
		typeset = typeset || strings.IndexByte(p.Text, 0xE2) >= 0 && strings.ContainsAny(p.Text, "‘’“”…")
	}
	target, sure, why := house, configured, "the house dash is "+house.describe()
	if !configured {
		target, sure, why = articleDash(uses, typeset)
	}
	for _, u := range uses {
		switch r := rangeOf(u); {
		case u.style == spacedHyphen && r == dayOrMonth:
			reportRange(pass, u)
		case u.style != target:
			// between two names ("London - Paris") it may be a route,
			// which takes a closed-up en dash: the fix is for a human
			reportDash(pass, u, target, sure && r != names, why)
		}
	}
	return nil
}

// What stands either side of a dash.
const (
	other      = iota
	dayOrMonth // Monday - Friday, January - March: a range
	names      // two capitalised words: a route (London - Paris) or a dateline dash
)

var daysAndMonths = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// rangeOf says what the words either side of the dash use u are.
func rangeOf(u dashUse) int {
	t := u.p.Text
	before := lastWord(t[:u.start])
	after := firstWord(t[u.end:])
	switch {
	case capitalised(before) && capitalised(after) && daysAndMonths[strings.ToLower(before)] && daysAndMonths[strings.ToLower(after)]:
		return dayOrMonth
	case capitalised(before) && capitalised(after) && !determiners[after]:
		return names
	}
	return other
}

var determiners = set("A", "An", "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On", "At")

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s[i:]) // step over the whole rune (“, —)
	return s[i+n:]
}

func firstWord(s string) string {
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// reportRange: a range of days or months takes a closed-up en dash
// (Monday–Friday), whatever the house dash between clauses.
func reportRange(pass *rules.Pass, u dashUse) {
	pass.Report(rules.Finding{
		Span:    u.p.SourceSpan(u.start, u.end),
		Message: "a range (Monday–Friday, January–March) takes a closed-up en dash, not a spaced hyphen",
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, u.p, u.start, u.end, "–", "write –", true)},
	})
}

// articleDash is the dash the article itself uses most. In typeset copy
// (curly quotes, an ellipsis character) a spaced hyphen is a typewriter
// stand-in, not a style. Where no style leads, the fix is not safe: em or
// en is the house's choice. With no dash at all a spaced em dash is proposed;
// on a tie, the first of the tied styles in the order of preference.
func articleDash(uses []dashUse, typeset bool) (dashStyle, bool, string) {
	count := map[dashStyle]int{}
	total := 0
	for _, u := range uses {
		if u.style == doubleHyphen || u.style == lopsided || u.style == spacedHyphen && typeset {
			continue
		}
		count[u.style]++
		total++
	}
	if total == 0 {
		return emSpaced, false, "the article has no other dash to follow; set the house dash, option dash, to make this fix safe"
	}
	best, tie := noStyle, false
	for _, s := range []dashStyle{emSpaced, emClosed, enSpaced, spacedHyphen} {
		switch {
		case count[s] > count[best]:
			best, tie = s, false
		case count[s] == count[best]:
			tie = true
		}
	}
	if tie {
		return best, false, "the article's dashes are split between styles; set the house dash, option dash, to make this fix safe"
	}
	return best, true, share(count[best], total, "dash", "dashes", "is "+best.describeOne(), "are "+best.describe())
}

// appendDashes finds the dashes between words in p's prose.
func appendDashes(uses []dashUse, p *article.Paragraph) []dashUse {
	t := p.Text
	for i := 0; i < len(t); {
		if t[i] != '-' && t[i] != 0xE2 { // — and – are encoded from 0xE2
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r != '-' && r != '—' && r != '–' {
			i += size
			continue
		}
		j := i + size
		for r == '-' && j < len(t) && t[j] == '-' {
			j++
		}
		if u, ok := classify(t, i, j, r); ok {
			u.p = p
			uses = append(uses, u)
		}
		i = j
	}
	return uses
}

// classify decides whether the dash Text[i:j] stands between two words on
// one line, and in which style; the spaces either side belong to the use.
func classify(t string, i, j int, r rune) (dashUse, bool) {
	s, e := spaceBefore(t, i), spaceAfter(t, j)
	prev, next := around(t, s, e)
	if !joinsWords(prev) || !joinsWords(next) {
		return dashUse{}, false
	}
	spacedBefore, spacedAfter := s < i, e > j
	u := dashUse{start: s, end: e}
	hyphens := 0
	if r == '-' {
		hyphens = j - i
	}
	switch {
	case hyphens > 2 || hyphens == 2 && (prev == '<' || next == '>'):
		return u, false // a rule of hyphens, an arrow
	case hyphens == 2:
		u.style = doubleHyphen
	case spacedBefore != spacedAfter:
		if r == '-' || r == '–' {
			return u, false // -5, a range written loosely
		}
		u.style = lopsided
	case r == '-':
		if !spacedBefore || isDigit(prev) && isDigit(next) {
			return u, false // a hyphen; a score or a sum
		}
		u.style = spacedHyphen
	case r == '–':
		if !spacedBefore {
			return u, false // a range: 1990–95, London–Paris
		}
		u.style = enSpaced
	case spacedBefore:
		u.style = emSpaced
	default:
		u.style = emClosed
	}
	return u, true
}

// joinsWords: a dash between words has prose, not a line break or the
// paragraph's edge, on both sides (a line opening with "- " is a bullet).
func joinsWords(r rune) bool { return r != ' ' && r != '\n' && r != '\t' && r != '\r' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func reportDash(pass *rules.Pass, u dashUse, target dashStyle, sure bool, why string) {
	var msg string
	switch u.style {
	case spacedHyphen:
		msg = "a hyphen with spaces around it stands in for a dash"
	case doubleHyphen:
		msg = "a double hyphen stands in for a dash"
	case lopsided:
		msg = "a dash with a space on one side only"
	default:
		msg = "this dash is written as one of " + u.style.describe()
	}
	repl := strings.TrimSpace(target.text())
	f := rules.Finding{
		Span:    u.p.SourceSpan(u.start, u.end),
		Message: fmt.Sprintf("%s; use %q (%s)", msg, repl, why),
		Fixes:   []rules.Fix{rules.ReplaceText(pass.Article.Source, u.p, u.start, u.end, target.text(), fmt.Sprintf("write %q", target.text()), sure)},
	}
	pass.Report(f)
}

// spaceBefore and spaceAfter step over the spaces, ordinary or no-break
// (which typesetters put before a dash to keep it off the next line),
// before Text[i] and after Text[j].
func spaceBefore(t string, i int) int {
	for {
		switch {
		case strings.HasSuffix(t[:i], " "):
			i--
		case strings.HasSuffix(t[:i], "\u00a0"):
			i -= len("\u00a0")
		default:
			return i
		}
	}
}

func spaceAfter(t string, j int) int {
	for {
		switch {
		case strings.HasPrefix(t[j:], " "):
			j++
		case strings.HasPrefix(t[j:], "\u00a0"):
			j += len("\u00a0")
		default:
			return j
		}
	}
}
