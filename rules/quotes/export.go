package quotes

import (
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// Spoken is a direct quotation of an article, for rules that check what
// it says (misquote): where it is and who it is attributed to.
type Spoken struct {
	Para      int // index into Article.Paragraphs
	Open, End int // Text offsets of the quotation, marks included
	// Inner is the Text range of the quoted words, without marks.
	InnerStart, InnerEnd int
	// Attributed says whether anyone is named as saying it (see the
	// unattributed-quote rule); Speaker is the capitalised words of the
	// name next to the cue that attributes it ("Trump", "hillary clinton"),
	// lower-cased, or "" when the cue names no one by name ("he said").
	Attributed bool
	Speaker    string
}

// Quotations returns the article's direct quotations in running prose (not
// scare quotes, titles or nicknames; not nested ones), each part of a
// quotation over several paragraphs on its own, with the speaker of the
// whole.
func Quotations(a *article.Article) []Spoken {
	an := analyse(a)
	defer an.release()
	var out []Spoken
	for i := range an.quotes {
		q := &an.quotes[i]
		first := i
		for an.quotes[first].Prev >= 0 {
			first = an.quotes[first].Prev
		}
		if q.Depth != 0 || an.kinds[i] != Quotation || a.Paragraphs[q.Para].Kind == article.Quotation || an.heading[q.Para] {
			continue
		}
		s, e := q.Inner()
		out = append(out, Spoken{Para: q.Para, Open: q.Open, End: q.End(), InnerStart: s, InnerEnd: e,
			Attributed: an.attributed(first), Speaker: an.speakerOf(first)})
	}
	return out
}

// speakerOf names who quote i is attributed to: the capitalised words by a
// cue in its own sentences, else in the two sentences before it in its
// paragraph, else in the paragraph before.
func (an *analysis) speakerOf(i int) string {
	q := &an.quotes[i]
	p := an.paras[q.Para]
	if len(p.Sentences) == 0 {
		return ""
	}
	first, last := sentencesOf(p, q.Open, q.End())
	for s := first; s <= last; s++ {
		if n := an.namesByCue(q.Para, s); n != "" {
			return n
		}
	}
	for s := first - 1; s >= 0 && s >= first-2; s-- {
		if n := an.namesByCue(q.Para, s); n != "" {
			return n
		}
	}
	if first == 0 && q.Para > 0 && !an.heading[q.Para-1] {
		for s := len(an.paras[q.Para-1].Sentences) - 1; s >= 0; s-- {
			if n := an.namesByCue(q.Para-1, s); n != "" {
				return n
			}
		}
	}
	return ""
}

// namesByCue is the names next to the first cue of sentence si that has any.
func (an *analysis) namesByCue(pi, si int) string {
	sc := an.sentence(pi, si)
	for _, k := range sc.cues {
		if ns := speakersNear(sc.tokens, k); len(ns) > 0 {
			return strings.Join(ns, " ")
		}
	}
	return ""
}
