package quotes

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/copydesk/copydesk/rules/article"
)

// analysis is an article's quotes, their kinds and their attribution.
type analysis struct {
	paras  []*article.Paragraph
	pr     pairer  // finds quotes; kept for its memory
	quotes []Quote // in the order of their paragraphs
	lones  []lone
	kinds  []Kind
	// firstQuote[p] is the index of paragraph p's first quote, and
	// firstQuote[p+1] one past its last (see quotesOf).
	firstQuote []int
	// spoken[p] are the Text ranges of paragraph p's quotations, left out
	// when looking for a cue; allSpoken holds them all.
	spoken    [][][2]int
	allSpoken [][2]int
	// sents[firstSent[p]+s] are the tokens and cues of sentence s of
	// paragraph p, made when first asked for (see sentence).
	sents     []sentenceCues
	firstSent []int
	// tokenBuf and cueBuf hold the sentences' tokens and cues: each
	// sentence's are a part of them, where a slice of its own for each
	// cost an allocation a sentence.
	tokenBuf []token
	cueBuf   []int
	// verdict[i] remembers whether quote i is attributed.
	verdict []int8
	named   map[string]bool // see speakers
	heading []bool          // heading[p]: paragraph p is a heading or the headline
	// lowered remembers the lower case of the capitalised words tokens has
	// met ("He", "Mr", "The"): an article repeats them, and lower-casing
	// each anew made a string every time.
	lowered map[string]string
}

// analyses are analyses released (see release), for the next article to
// reuse their memory: a run over many files then allocates little of it.
var analyses sync.Pool

// analyse finds the article's quotes and their kinds; their attribution
// is worked out when asked for. Release the analysis when done with it.
func analyse(a *article.Article) *analysis {
	an, _ := analyses.Get().(*analysis)
	if an == nil {
		an = &analysis{}
	}
	an.paras = a.Paragraphs
	an.pr.run(a.Paragraphs)
	an.quotes, an.lones = an.pr.quotes, an.pr.lones
	an.kinds = zeroed(an.kinds, len(an.quotes))
	an.verdict = zeroed(an.verdict, len(an.quotes))
	an.heading = zeroed(an.heading, len(a.Paragraphs))
	an.firstQuote = zeroed(an.firstQuote, len(a.Paragraphs)+1)
	an.firstSent = zeroed(an.firstSent, len(a.Paragraphs)+1)
	for pi, p := range a.Paragraphs {
		an.heading[pi] = isHeadline(a, pi)
		an.firstSent[pi+1] = an.firstSent[pi] + len(p.Sentences)
	}
	an.sents = zeroed(an.sents, an.firstSent[len(a.Paragraphs)])
	an.spoken = zeroed(an.spoken, len(a.Paragraphs))
	spoken := an.allSpoken[:0] // every paragraph's, cut into spoken
	for i := range an.quotes {
		q := &an.quotes[i]
		an.firstQuote[q.Para+1] = i + 1
		an.kinds[i] = an.kindOf(a.Paragraphs[q.Para], q)
		if q.Prev >= 0 || q.Next >= 0 {
			an.kinds[i] = Quotation
		}
		if q.Depth == 0 && an.kinds[i] == Quotation {
			s, e := q.Inner()
			from := len(spoken) - len(an.spoken[q.Para]) // the paragraph's are the last
			spoken = append(spoken, [2]int{s, e})
			an.spoken[q.Para] = spoken[from:len(spoken):len(spoken)]
		}
	}
	an.allSpoken = spoken
	// a paragraph without quotes starts where the one before it ends
	for pi := range a.Paragraphs {
		an.firstQuote[pi+1] = max(an.firstQuote[pi+1], an.firstQuote[pi])
	}
	return an
}

// zeroed returns s with length n and every element zero, in the memory s
// has when it has room.
func zeroed[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// maxPooledTokens bounds the analyses kept for reuse: that of a huge
// article is let go, not kept for the small ones after it.
const maxPooledTokens = 1 << 14

// release ends the analysis, which nothing may use after it, and keeps
// its memory for the next article.
func (an *analysis) release() {
	if cap(an.tokenBuf) > maxPooledTokens || cap(an.sents) > maxPooledTokens || !an.pr.worthKeeping() {
		return
	}
	// let go of the article: its paragraphs and the text the tokens and
	// the lower-case words point into
	an.paras, an.pr.paras = nil, nil
	clear(an.sents)
	clear(an.tokenBuf)
	an.tokenBuf = an.tokenBuf[:0]
	an.cueBuf = an.cueBuf[:0]
	an.named = nil
	if len(an.lowered) > maxPooledLowered {
		an.lowered = nil // clearing a map costs as much as the most it held
	}
	clear(an.lowered)
	analyses.Put(an)
}

// maxPooledLowered is the most words lowered may hold and be kept.
const maxPooledLowered = 1024

// quotesOf returns the indices [lo, hi) of paragraph pi's quotes.
func (an *analysis) quotesOf(pi int) (lo, hi int) {
	return an.firstQuote[pi], an.firstQuote[pi+1]
}

// attributed reports whether anyone is named as saying quote i or any
// part of the multi-paragraph quotation it belongs to, if only by the
// paragraph before (see strength).
func (an *analysis) attributed(i int) bool { return an.strength(i) >= weak }

// strength says how quote i (or the multi-paragraph quotation it belongs
// to) is attributed: strongly, in its own paragraph or as the plain
// continuation of a quotation or an introduction; weakly, when only the
// paragraph before implies who speaks; or not at all.
func (an *analysis) strength(i int) int8 {
	for an.quotes[i].Prev >= 0 {
		i = an.quotes[i].Prev
	}
	switch v := an.verdict[i]; v {
	case pending: // asked again while deciding it
		return none
	case unknown:
	default:
		return v
	}
	an.verdict[i] = pending
	v := none
	for j := i; j >= 0; j = an.quotes[j].Next {
		v = max(v, an.framed(j))
		if v == strong {
			break
		}
	}
	an.verdict[i] = v
	return v
}

// verdicts of strength, remembered per quote; unknown and pending are
// bookkeeping, none < weak < strong are answers.
const (
	unknown int8 = iota
	pending
	none
	weak
	strong
)

// sentenceCues are a sentence's tokens and the indices of its cues.
type sentenceCues struct {
	tokens []token
	cues   []int
	made   bool
}

// sentence returns the tokens and cues of sentence si of paragraph pi.
func (an *analysis) sentence(pi, si int) *sentenceCues {
	sc := &an.sents[an.firstSent[pi]+si]
	if !sc.made {
		sc.tokens = an.tokens(pi, si)
		from := len(an.cueBuf)
		an.cueBuf = appendCues(an.cueBuf, sc.tokens)
		sc.cues = an.cueBuf[from:len(an.cueBuf):len(an.cueBuf)]
		sc.made = true
	}
	return sc
}

func (an *analysis) hasCue(pi, si int) bool { return len(an.sentence(pi, si).cues) > 0 }

// How many words may stand between a cue and its quote: a cue before the
// quote governs a clause that may be long ("Smith said on Tuesday that …
// “…”"); one after it follows closely ("“…,” Smith said").
const (
	reachAfter  = 40
	reachBefore = 12
	reachTagged = 20 // after a quotation ending in a comma: “…,” … said
)

// clauseWords start a new clause: a cue after one is not about the quote.
var clauseWords = set("after before when while because since but and although though as if whereas until with")

// cueNear reports whether sentence si has a cue close enough to the quote
// at [s, e).
func (an *analysis) cueNear(pi, si, s, e int) bool {
	sc := an.sentence(pi, si)
	if len(sc.cues) == 0 {
		return false
	}
	tagged := strings.HasSuffix(strings.TrimSpace(an.paras[pi].Text[s:e]), ",") // “…,” … said
	for _, k := range sc.cues {
		at := sc.tokens[k].at
		n, clause := 0, false
		for _, t := range sc.tokens {
			if t.at >= e && t.at <= at || t.at < s && t.at >= at {
				n++
			}
			clause = clause || t.at >= e && t.at < at && clauseWords[t.lower]
		}
		if at < s && n <= reachAfter || at >= e && (n <= reachBefore && !clause || tagged && n <= reachTagged) {
			return true
		}
	}
	return false
}

// tokens are the words of sentence si of paragraph pi outside quotations,
// appended to tokenBuf (see sentence, which keeps them).
func (an *analysis) tokens(pi, si int) []token {
	p := an.paras[pi]
	sent := p.Sentences[si]
	ws := wordsIn(p.Words, sent.Start, sent.End)
	if cap(an.tokenBuf)-len(an.tokenBuf) < len(ws) {
		// a new block, twice the last: the sentences before keep theirs
		// in the old one
		an.tokenBuf = make([]token, 0, max(len(ws), 2*cap(an.tokenBuf)))
	}
	from := len(an.tokenBuf)
	gap := false
	for k := range ws {
		w := &ws[k]
		if inside(an.spoken[pi], w.Start) {
			gap = true
			continue
		}
		an.tokenBuf = append(an.tokenBuf, token{text: w.Text, lower: an.lower(w), at: w.Start, end: w.End, afterQuote: gap})
		gap = false
	}
	return an.tokenBuf[from:len(an.tokenBuf):len(an.tokenBuf)]
}

// lower is strings.ToLower(w.Text), made once an article for a word with
// a capital and never for one without (the tokeniser says which).
func (an *analysis) lower(w *article.Word) string {
	if !w.Shape.Has(article.Capital) {
		return w.Text
	}
	l, ok := an.lowered[w.Text]
	if !ok {
		if an.lowered == nil {
			an.lowered = map[string]string{}
		}
		l = strings.ToLower(w.Text)
		an.lowered[w.Text] = l
	}
	return l
}

func inside(spans [][2]int, at int) bool {
	for _, s := range spans {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}

// sentencesOf returns the first and last sentences overlapping [s, e), or
// 0 and 0 when none does. Sentences are in order and apart, so both are
// found by binary search: a paragraph of thousands of quotations asks once
// for each.
func sentencesOf(p *article.Paragraph, s, e int) (int, int) {
	ss := p.Sentences
	first := sort.Search(len(ss), func(i int) bool { return ss[i].End > s })
	last := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= e }) - 1
	if first > last {
		return 0, 0
	}
	return first, last
}

func endsWithColon(p *article.Paragraph, si int) bool {
	s := p.Sentences[si]
	return strings.HasSuffix(strings.TrimRightFunc(p.Text[s.Start:s.End], unicode.IsSpace), ":")
}

// isHeadline: a heading, or the first line of a plain-text article when it
// reads as a headline (short, no full stop).
func isHeadline(a *article.Article, pi int) bool {
	p := a.Paragraphs[pi]
	if p.Kind == article.Heading {
		return true
	}
	if pi != 0 || a.Format == article.HTML || len(a.Paragraphs) < 2 {
		return false
	}
	t := strings.TrimSpace(p.Text)
	return len(p.Words) <= 25 && !strings.HasSuffix(t, ".") && !strings.Contains(t, "\n")
}
