package typo

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// houseSpelling reports an American spelling in en-GB copy and a British one
// in en-US copy (as info: both are English), and notes every variant word
// so that an article using both forms can be told so.
func (c *checker) houseSpelling(p *article.Paragraph, t *tok, lw string, e entry) {
	if !c.opts.HouseSpelling || e.flag == 0 {
		return
	}
	gb, us := lw, c.lex.toUS(lw)
	if e.flag != 'b' {
		gb, us = c.lex.toGB(lw), lw
	}
	key := gb + "/" + us
	at := place{word: t.word, span: p.SourceSpan(t.start, t.end), edit: p.Verbatim(t.start, t.end, c.pass.Article.Source), para: p}
	c.variants[key] = append(c.variants[key], at)
	wrong, want := e.flag == 'u' && c.british, gb
	if e.flag == 'b' && !c.british {
		wrong, want = true, us
	}
	if !wrong {
		return
	}
	house := "en-US"
	if c.british {
		house = "en-GB"
	}
	if want == "" {
		c.report(p, t, rules.Info, fmt.Sprintf("%q is not the house spelling (%s)", t.word, house), nil, false)
		return
	}
	// A capitalised word may be a name ("Labour", "Centre Court"), and a
	// name keeps its spelling: suggested, never fixed without a human. Nor
	// is a house spelling imposed unattended on a desk that did not choose
	// its language: under the default, British copy would be Americanised.
	safe := c.pass.LanguageSet && (caseOf(t.word) == lowerCase || !c.maybeName(t))
	c.report(p, t, rules.Info, fmt.Sprintf("%q is not the house spelling (%s): %q", t.word, house, matchCase(t.word, want)),
		[]candidate{{word: want}}, safe)
}

// maybeName reports whether t, a capitalised word opening a sentence, may
// be a name: a capitalised word follows ("Labour Party"), the article has it
// capitalised inside a sentence too ("New Labour"), or it is a word of a
// name in the newsroom's names list.
func (c *checker) maybeName(t *tok) bool {
	if nameFollows(t) {
		return true
	}
	if c.names == nil {
		c.names = namedWords(c.pass)
	}
	return c.names[t.word] || c.inNames(t.word)
}

// namedWords lists the capitalised words an article uses inside a sentence
// (not after an opening quotation mark); the words of the newsroom's names
// are nameWords. It is built on first need: for a capitalised word opening
// a sentence that no word list has, a variant spelling or a contraction
// written without its apostrophe.
func namedWords(pass *rules.Pass) map[string]bool {
	out := map[string]bool{}
	for _, p := range pass.Article.Paragraphs {
		for i := range p.Words {
			w := &p.Words[i]
			if !w.Shape.Has(article.SentenceStart) && caseOf(w.Text) == titleCase && !opensQuote(p.Text[:w.Start]) {
				out[w.Text] = true
			}
		}
	}
	return out
}

// mixedSpellings reports, for en-GB copy that uses both "organise" and the
// Oxford "organize", each use of the form that is not the house one. Other
// mixes are already reported word by word.
func (c *checker) mixedSpellings() {
	for _, k := range slices.Sorted(maps.Keys(c.variants)) {
		places := c.variants[k]
		gbSeen, zs := false, []place{}
		for _, pl := range places {
			e, _ := c.lex.lookup(pl.word)
			switch e.flag {
			case 'b':
				gbSeen = true
			case 'z':
				zs = append(zs, pl)
			}
		}
		if !c.british || !gbSeen {
			continue
		}
		gb, _, _ := strings.Cut(k, "/")
		for _, pl := range zs {
			c.reportMixed(pl, gb)
		}
	}
}

// reportMixed reports an Oxford -ize form in an article that also has the
// -ise form, offering the -ise form (the house's, as it is the one used
// without prompting).
func (c *checker) reportMixed(pl place, gb string) {
	f := rules.Finding{Severity: rules.Info, Span: pl.span, Key: strings.ToLower(pl.word),
		Message: fmt.Sprintf("%q: this article also uses %q; pick one", pl.word, matchCase(pl.word, gb))}
	if pl.edit && gb != "" {
		if written, ok := pl.para.Escape(matchCase(pl.word, gb)); ok {
			f.Fixes = []rules.Fix{{Message: fmt.Sprintf("replace with %q", matchCase(pl.word, gb)),
				Edits: []rules.Edit{{Span: pl.span, New: written}}}}
		}
	}
	c.pass.Report(f)
}
