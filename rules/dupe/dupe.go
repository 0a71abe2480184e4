package dupe

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Options configure duplicate-block.
type Options struct {
	rules.Settings `yaml:",inline"`
	MinWords       int     `yaml:"min_words"`
	Similarity     float64 `yaml:"similarity"`
}

// Validate reports an option the rule cannot work with.
func (o *Options) Validate() error {
	if o.MinWords < 1 {
		return rules.BadOption("min_words", "must be at least 1, not %d", o.MinWords)
	}
	if !(o.Similarity > 0 && o.Similarity <= 1) { // NaN too
		return rules.BadOption("similarity", "must be in (0, 1], not %g", o.Similarity)
	}
	return nil
}

// Rule is duplicate-block.
var Rule = &rules.Rule{
	ID:       "duplicate-block",
	Summary:  summary,
	Doc:      doc,
	Severity: rules.Warning,
	Scope:    rules.ArticleScope,
	Default:  true,
	NewOptions: func() rules.Options {
		return &Options{MinWords: 8, Similarity: 0.8}
	},
	Run: run,
}

func run(pass *rules.Pass) error {
	opts := pass.Options.(*Options)
	if err := opts.Validate(); err != nil {
		return err
	}
	art := pass.Article
	wk := newWork()
	defer wk.free()
	paras := wk.normalise(bodyParagraphs(art.Paragraphs))
	match := wk.findMatches(paras, opts.Similarity)
	for _, r := range runs(paras, match, opts) {
		report(pass, art, paras, r)
	}
	return nil
}

// bodyParagraphs leaves out the headline and standfirst read from metadata
// (front matter, the HTML <title> and <meta>): they restate the story by
// design, and an <h1> that repeats the <title> is no copy to delete.
func bodyParagraphs(ps []*article.Paragraph) []*article.Paragraph {
	if !slices.ContainsFunc(ps, func(p *article.Paragraph) bool { return p.Field() != nil }) {
		return ps // the usual case: no copy
	}
	body := ps[:0:0]
	for _, p := range ps {
		if p.Field() == nil {
			body = append(body, p)
		}
	}
	return body
}

// repeat is a run of paragraphs [copyFrom, copyTo] repeating [origFrom, ...].
type repeat struct {
	copyFrom, copyTo, origFrom int
	exact                      bool
	similarity                 float64
}

// runs groups matched paragraphs into maximal runs, each repeating an
// earlier run in the same order, and keeps those worth reporting.
func runs(paras []para, match []candidate, opts *Options) []repeat {
	var out []repeat
	for j := 0; j < len(paras); {
		if match[j].orig < 0 {
			j++
			continue
		}
		r := repeat{copyFrom: j, copyTo: j, origFrom: match[j].orig, exact: match[j].exact}
		words, same := len(paras[j].words), match[j].similarity*float64(len(paras[j].words))
		for k := j + 1; k < len(paras); k++ {
			o := r.origFrom + (k - j)
			if o >= r.copyFrom { // the original must end before the copy starts
				break
			}
			sim, exact := compare(&paras[o], &paras[k])
			if sim < opts.Similarity {
				break
			}
			r.copyTo, r.exact = k, r.exact && exact
			words += len(paras[k].words)
			same += sim * float64(len(paras[k].words))
		}
		if words > 0 {
			r.similarity = same / float64(words)
		}
		if worth(paras, r, opts) {
			out = append(out, r)
		}
		j = r.copyTo + 1
	}
	return out
}

// worth decides whether a run is reported: long enough in words, or a
// headline repeated at the top of the body.
func worth(paras []para, r repeat, opts *Options) bool {
	if r.isHeadline(paras) {
		return true
	}
	for k := r.copyFrom; k <= r.copyTo; k++ {
		if len(paras[k].words) >= opts.MinWords {
			return true
		}
	}
	return false
}

// isHeadline reports whether the run is a headline repeated straight after
// itself: a heading, or a first paragraph that reads as a headline (short,
// with no full stop at its end). A first paragraph that is a whole sentence
// is a lede pasted twice, which is reported as any other repeat.
func (r repeat) isHeadline(paras []para) bool {
	if r.copyFrom != r.copyTo || r.origFrom != r.copyFrom-1 {
		return false
	}
	p := paras[r.origFrom]
	if p.p.Kind == article.Heading {
		return true
	}
	text := strings.TrimRight(p.p.Text, " \t\n\r\"'”’)")
	return r.origFrom == 0 && len(p.words) <= maxHeadlineWords && !strings.HasSuffix(text, ".")
}

// maxHeadlineWords is the longest a headline runs; news headlines are
// seldom past fifteen words.
const maxHeadlineWords = 20

func report(pass *rules.Pass, art *article.Article, paras []para, r repeat) {
	first, last := paras[r.copyFrom].p, paras[r.copyTo].p
	ofirst, olast := paras[r.origFrom].p, paras[r.origFrom+r.copyTo-r.copyFrom].p
	span := article.Span{Start: first.Span.Start, End: last.Span.End}
	orig := article.Span{Start: ofirst.Span.Start, End: olast.Span.End}
	l0, l1 := art.Lines.Line(orig.Start), art.Lines.Line(orig.End)
	n := r.copyTo - r.copyFrom + 1

	what := "this paragraph repeats"
	if n > 1 {
		what = fmt.Sprintf("these %d paragraphs repeat", n)
	}
	where := fmt.Sprintf("line %d", l0)
	if l1 > l0 {
		where = fmt.Sprintf("lines %d–%d", l0, l1)
	}
	how := "word for word"
	if !r.exact {
		how = fmt.Sprintf("almost word for word (%.0f%% the same)", 100*r.similarity)
	}
	f := rules.Finding{
		Span:    span,
		Message: fmt.Sprintf("%s %s %s; delete the copy", what, where, how),
		Related: []rules.Related{{Span: orig, Message: "first copy"}},
		Key:     stableKey(paras[r.copyFrom : r.copyTo+1]),
	}
	if r.isHeadline(paras) {
		f.Severity = rules.Info
		f.Message = "the headline is repeated as the first line of the body; delete the repeat"
		f.Related[0].Message = "headline"
	}
	del, clean := deletion(art, paras, r)
	f.Fixes = []rules.Fix{{
		Message: fmt.Sprintf("delete the repeated %s", plural(n, "paragraph")),
		Edits:   []rules.Edit{{Span: del}},
		Safe:    clean && r.exact,
	}}
	pass.Report(f)
}

// stableKey identifies the repeated text the same way on every run, and
// as it always has, for fingerprints and baselines: from the folded words.
func stableKey(ps []para) string {
	h := fnv.New64a()
	for _, p := range ps {
		for _, w := range p.p.Words {
			h.Write([]byte(fold(w.Text)))
			h.Write([]byte{0})
		}
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

func plural(n int, s string) string {
	if n == 1 {
		return s
	}
	return fmt.Sprintf("%d %ss", n, s)
}
