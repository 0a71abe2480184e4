package names

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
)

// reporter turns a person's mentions into findings.
type reporter struct {
	pass *rules.Pass
	opts *Options
	ppl  *people
}

// difference is how a mention's part differs from the preferred spelling.
type difference int

const (
	same     difference = iota
	alPrefix            // the Arabic article added or dropped: a house-style matter
	misspelt            // a different spelling of the name
)

func (r reporter) person(p *person) {
	var counts map[spelling]int // made for the first finding on a surname
	for _, m := range p.mentions {
		if d := r.classify(m, m.surname(), &p.surname); d != same && r.plausible(p, m, d) {
			if counts == nil {
				counts = spellingCounts(p)
			}
			r.report(p, m, m.surname(), &p.surname, d, counts)
		}
		if g := m.given(); g != nil && p.given != nil && !sameSpelling(g, p.given) && r.givenVariant(g, p.given, m.surname(), &p.surname) {
			r.report(p, m, g, p.given, misspelt, nil)
		}
	}
	for _, m := range p.byGiven { // "Sir Kier" for Sir Keir Starmer
		if g := m.surname(); p.given != nil && !sameSpelling(g, p.given) {
			r.report(p, m, g, p.given, misspelt, nil)
		}
	}
}

// givenVariant reports whether a full mention's first given name is a
// misspelling of the person's: a variant, or one slip from it beside a
// surname spelled alike.
func (r reporter) givenVariant(got, want, surname, wantSurname *part) bool {
	return r.opts.similarity().variant(got.key, want.key) ||
		surname.key.plain == wantSurname.key.plain && slip(got.key.plain, want.key.plain)
}

// plausible filters surname-only variants that more likely name something
// else: a spelling the article uses more often than the person's own
// ("Wales" beside Rhodri Wells).
func (r reporter) plausible(p *person, m *mention, d difference) bool {
	if d != misspelt || m.full() || p.listed {
		return true
	}
	return r.ppl.usesOf(m.surname().key.plain) <= r.ppl.usesOf(p.surname.key.plain)
}

// classify compares a part with the preferred one under the al- style.
func (r reporter) classify(m *mention, got, want *part) difference {
	ga, wa := articlePrefixes[got.particle], articlePrefixes[want.particle]
	if r.opts.AlPrefix == AlDrop && ga && !m.full() && sameCore(got, want) {
		return alPrefix // a later reference keeps al-; the house drops it
	}
	if sameSpelling(got, want) {
		return same
	}
	if !sameCore(got, want) {
		return misspelt
	}
	switch {
	case ga && wa:
		return misspelt // al- and el-
	case !ga && !wa:
		return same // a particle dropped that is not the Arabic article
	}
	if r.opts.AlPrefix == AlKeep {
		return alPrefix
	}
	return same
}

func (r reporter) report(p *person, m *mention, got, want *part, d difference, counts map[spelling]int) {
	art := m.art
	span := m.para.SourceSpan(got.start, got.end)
	repl := r.replacement(m, got, want)
	f := rules.Finding{
		Span:    span,
		Message: r.message(p, got, want, repl, d),
		Key:     got.text + "→" + repl,
	}
	if d == alPrefix {
		f.Severity = rules.Info
	}
	if ref := p.prefRef; ref != nil && ref != m {
		rp := ref.surname()
		if want == p.given {
			rp = ref.given()
		}
		if rp != nil {
			f.Related = []rules.Related{{Span: ref.para.SourceSpan(rp.start, rp.end),
				Message: fmt.Sprintf("%q is spelled this way here", want.text)}}
		}
	}
	safe := d == misspelt && m.para.Verbatim(got.start, got.end, art.Source) &&
		(p.listed || counts != nil && counts[spellingOf(want)] >= 2 && counts[spellingOf(got)] == 1)
	// no fix through markup inside the name, nor where the name cannot be
	// written (an apostrophe is escaped in a quoted front-matter headline)
	if written, ok := m.para.Escape(repl); ok && m.para.Contiguous(got.start, got.end) {
		f.Fixes = []rules.Fix{{Message: fmt.Sprintf("change to %q", repl),
			Edits: []rules.Edit{{Span: span, New: written}}, Safe: safe}}
	}
	r.pass.Report(f)
}

func (r reporter) message(p *person, got, want *part, repl string, d difference) string {
	switch {
	case d == alPrefix && got.particle == "":
		return fmt.Sprintf("%q drops the %q of %q; house style (al_prefix: %s) writes %q", got.text, want.particle+"-", want.text, r.opts.AlPrefix, repl)
	case d == alPrefix:
		return fmt.Sprintf("%q: house style (al_prefix: %s) writes %q", got.text, r.opts.AlPrefix, repl)
	case p.listed:
		return fmt.Sprintf("%q: the newsroom names list spells this name %q", got.text, repl)
	}
	if p.byMajority && want == &p.surname {
		return fmt.Sprintf("%q: most mentions of this person (%s) spell the surname %q; use one spelling", got.text, fullName(p), want.text)
	}
	return fmt.Sprintf("%q is spelled %q in the first full mention of %s; use one spelling", got.text, want.text, fullName(p))
}

func fullName(p *person) string {
	if p.first == nil {
		return p.surname.text
	}
	var ws []string
	for _, pt := range p.first.parts {
		ws = append(ws, pt.text)
	}
	return strings.Join(ws, " ")
}

// replacement is the preferred spelling as it should stand in the
// mention's place: with or without the Arabic article as the house style
// says, and with a capital where the mention begins a sentence.
func (r reporter) replacement(m *mention, got, want *part) string {
	text := want.text
	if articlePrefixes[want.particle] {
		keepAl := r.opts.AlPrefix == AlKeep || got.particle != "" || m.full()
		if r.opts.AlPrefix == AlDrop && !m.full() {
			keepAl = false
		}
		if !keepAl {
			text = want.core
		}
	}
	switch {
	case got.initial:
		return upperFirst(text)
	case want.initial && want.particle != "" && articlePrefixes[want.particle]:
		return lowerFirst(text)
	}
	return text
}

// spelling is how a part is written, up to case: its particle and core.
type spelling struct{ particle, core string }

func spellingOf(p *part) spelling { return spelling{p.particle, p.key.lower} }

func spellingCounts(p *person) map[spelling]int {
	c := map[spelling]int{}
	for _, m := range p.mentions {
		c[spellingOf(m.surname())]++
	}
	return c
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}
