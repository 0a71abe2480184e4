package typo

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Rule is the typo check.
var Rule = &rules.Rule{
	ID:         "typo",
	Summary:    "a misspelt word, or a real word that is probably a slip for a far more common one",
	Doc:        doc,
	Severity:   rules.Warning,
	Scope:      rules.ArticleScope,
	Default:    true,
	NewOptions: func() rules.Options { return NewOptions() },
	Run:        run,
}

// Options configure the typo rule.
type Options struct {
	rules.Settings `yaml:",inline"`
	// RealWords turns on the check for valid words used in place of a far
	// more common one ("instillations" for "installations", "then" for "than").
	RealWords bool `yaml:"real_words"`
	// HouseSpelling reports British spellings in en-US copy, American ones in
	// en-GB copy, and both spellings of one word in one article.
	HouseSpelling bool `yaml:"house_spelling"`
	// Suggestions is how many corrections a finding offers at most.
	Suggestions int `yaml:"suggestions"`
	// Words are accepted as spelt, on top of the newsroom dictionary.
	Words []string `yaml:"words"`
}

// NewOptions returns the defaults.
func NewOptions() *Options {
	return &Options{RealWords: true, HouseSpelling: true, Suggestions: 3}
}

// Validate reports an option the rule cannot work with.
func (o *Options) Validate() error {
	if o.Suggestions < 0 {
		return rules.BadOption("suggestions", "must be 0 or more, not %d", o.Suggestions)
	}
	return nil
}

func run(pass *rules.Pass) error {
	l, err := loadLexicon()
	if err != nil {
		return err
	}
	// the model is read on first use too, and a word it cannot weigh is
	// left to the pair counts; a bad data/lm.bin is still an error here,
	// not a quiet loss of the real-word checks
	m, err := loadLM()
	if err != nil {
		return err
	}
	l.markMoreAlts(m)
	opts, _ := pass.Options.(*Options)
	if opts == nil {
		opts = NewOptions()
	}
	c := newChecker(pass, l, opts)
	for _, p := range pass.Article.Paragraphs {
		c.paragraph(p)
	}
	c.mixedSpellings()
	return nil
}

// checker holds what one article's check needs.
type checker struct {
	pass     *rules.Pass
	lex      *lexicon
	opts     *Options
	accepted map[string]bool   // newsroom dictionary, lower case
	rejected map[string]string // lower case → replacement
	british  bool
	variants map[string][]place // house-spelling key → places of each form
	toks     []tok              // the current word's tokens
	foreign  [][2]int           // the paragraph's quotations in another language
	names    map[string]bool    // words the article uses as names, built on first need (see maybeName)
	// wordCounts counts the article's words up to three, built on first use by repeated.
	wordCounts map[string]uint8
	contrIDs   []uint64           // see mayContract
	apos       string             // the article's apostrophe, found on first need (see apostrophe)
	capsUsed   map[string]int     // capitalised words inside sentences, built on first need (see usedAsName)
	lmPara     *article.Paragraph // the paragraph lmIDCache is of (lmwindow.go)
	lmIDCache  []int32            // the language model's id of each of its words, looked up at first need
}

// place is one occurrence of a word, for findings made after the scan.
type place struct {
	word string
	span article.Span
	edit bool               // the span can be replaced
	para *article.Paragraph // where it stands, for escaping a replacement (a quoted headline)
}

func newChecker(pass *rules.Pass, l *lexicon, opts *Options) *checker {
	c := &checker{pass: pass, lex: l, opts: opts, british: isBritish(pass.Language), variants: map[string][]place{}}
	sh := pass.Shared
	switch {
	case sh != nil && (len(opts.Words) > 0 || len(sh.Dictionary) > 0 || len(sh.Rejected) > 0):
		// made once a run, not once an article: a newsroom's list may hold
		// tens of thousands of words
		key := newsroomKey{words: fmt.Sprintf("%q", opts.Words)}
		nw := sh.Derived(key, func() any { return newNewsroomWords(opts.Words, sh) }).(*newsroomWords)
		c.accepted, c.rejected = nw.accepted, nw.rejected
	case len(opts.Words) > 0:
		c.accepted = newNewsroomWords(opts.Words, nil).accepted
	}
	return c
}

// newsroomWords are the words the newsroom accepts (the rule's words and the
// dictionary) and rejects, in lower case with straight apostrophes: read
// by every article's checker, never changed.
type newsroomWords struct {
	accepted map[string]bool
	rejected map[string]string // → the replacement
}

// newsroomKey files a run's newsroomWords with its shared data
// (rules.Shared.Derived): one for each list of the rule's own words (its
// options' Words, quoted), not for each options value, which the LSP
// makes afresh for each check.
type newsroomKey struct{ words string }

func newNewsroomWords(words []string, sh *rules.Shared) *newsroomWords {
	nw := &newsroomWords{accepted: map[string]bool{}, rejected: map[string]string{}}
	add := func(ws []string) {
		for _, w := range ws {
			nw.accepted[strings.ToLower(normApostrophe(w))] = true
		}
	}
	add(words)
	if sh != nil {
		add(sh.Dictionary)
		for w, r := range sh.Rejected {
			nw.rejected[strings.ToLower(normApostrophe(w))] = r
		}
	}
	return nw
}

// isBritish reports whether a BCP 47 tag takes British spellings.
func isBritish(tag string) bool {
	_, region, _ := strings.Cut(strings.ToUpper(tag), "-")
	switch region {
	case "GB", "UK", "IE", "AU", "NZ", "ZA", "IN":
		return true
	}
	return false
}

func (c *checker) paragraph(p *article.Paragraph) {
	sic := hasSic(p.Text)
	c.foreign = c.foreignQuotes(p, c.foreign[:0])
	for i := range p.Words {
		if inSpans(c.foreign, p.Words[i].Start) {
			continue
		}
		c.toks = tokens(p, i, c.toks, sic)
		for j := range c.toks {
			t := &c.toks[j] // passed on by pointer: a tok is 56 bytes
			// the tokeniser marks the first word of each sentence
			t.sentenceStart = p.Words[i].Shape.Has(article.SentenceStart) && t.start == p.Words[i].Start || opensQuote(p.Text[:t.start])
			c.check(p, t)
		}
	}
}

// foreignQuotes returns the spans of p's quotations that are in another
// language ("nous sommes en guerre", "sehr konstruktiv"): two words or more,
// none of them an English function word, and either a function word of
// another language among them or most of them in no word list. Their words
// are not checked: a quotation is spelt as it was said.
func (c *checker) foreignQuotes(p *article.Paragraph, buf [][2]int) [][2]int {
	t := p.Text
	ascii := p.Chars.Has(article.AllASCII) // then only '"' can open one
	for i := 0; i < len(t); {
		if ascii {
			j := strings.IndexByte(t[i:], '"')
			if j < 0 {
				break
			}
			i += j
		}
		if c := t[i]; c != '"' && c != 0xE2 && c != 0xC2 {
			i++ // not the first byte of " “ „ or «: most bytes, skipped fast
			continue
		}
		opener, size := utf8.DecodeRuneInString(t[i:])
		closer := closerOf(opener)
		if closer == 0 {
			i += size
			continue
		}
		j := strings.IndexRune(t[i+size:], closer)
		if j < 0 {
			break
		}
		start, end := i+size, i+size+j
		if c.isForeign(p, start, end) {
			buf = append(buf, [2]int{start, end})
		}
		i = end + utf8.RuneLen(closer)
	}
	return buf
}

// englishFunction and foreignFunction are the commonest function words of
// English and of the languages news quotes most (French, German, Spanish,
// Italian, Portuguese): telling languages apart by them is the oldest trick
// of language identification, and enough for a short quotation.
var englishFunction = wordSet("the a an and or but of to in on at by for with from as if so do is are was were be been " +
	"has have had will would can could it he she we they i you my your his her our their this that what who not no")

// (words that are also English, such as "die", "son" or "con", are left out)
var foreignFunction = wordSet("le la les un une des du et est sont nous vous ils elles je tu ne pas que qui dans pour avec sur au aux " +
	"der das und ist sind nicht ein eine einen mit auf für zu wir ihr ich sehr auch aber oder " +
	"el los las es una unos unas del por para muy pero " +
	"gli di è sono non che della questo " +
	"os um uma não são")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isForeign decides about the quotation Text[start:end] (see foreignQuotes).
// Most quotations are English and end at their first function word.
func (c *checker) isForeign(p *article.Paragraph, start, end int) bool {
	first := sort.Search(len(p.Words), func(i int) bool { return p.Words[i].Start >= start })
	words, foreign := 0, 0
	for _, w := range p.Words[first:] {
		if w.End > end {
			break
		}
		words++
		lw := w.Text
		if !isLowerASCII(lw) {
			lw = strings.ToLower(lw)
		}
		if englishFunction[lw] {
			return false
		}
		if foreignFunction[lw] {
			foreign++
		}
	}
	if words < 2 {
		return false
	}
	if foreign > 0 {
		return true
	}
	unknown := 0
	for _, w := range p.Words[first : first+words] {
		if _, ok := c.lex.lookup(w.Text); !ok {
			unknown++
		}
	}
	return unknown*2 > words
}

// closerOf is the mark that closes a quotation opened by r, or 0.
func closerOf(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '"':
		return '"'
	case '«':
		return '»'
	case '„':
		return '“'
	}
	return 0
}

func inSpans(spans [][2]int, at int) bool {
	for _, s := range spans {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}

// opensQuote reports whether text ends with an opening quotation mark (after
// optional space): the word after it may be capitalised for that reason.
func opensQuote(text string) bool {
	for len(text) > 0 && text[len(text)-1] == ' ' { // strings.TrimRight(text, " "), inlined: every word asks
		text = text[:len(text)-1]
	}
	n := len(text)
	switch {
	case n == 0:
		return false
	case text[n-1] == '"':
		return n == 1 || text[n-2] == ' '
	}
	// one byte tested first (the last of “), as most words follow a letter
	return text[n-1] == 0x9C && strings.HasSuffix(text, "“")
}
