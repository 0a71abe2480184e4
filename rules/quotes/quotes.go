package quotes

import (
	"fmt"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Unattributed is unattributed-quote: a quotation no one is named as saying.
var Unattributed = &rules.Rule{
	ID:       "unattributed-quote",
	Summary:  unattributedSummary,
	Doc:      unattributedDoc,
	Severity: rules.Warning,
	Default:  true,
	Run:      runUnattributed,
}

// Unbalanced is unbalanced-quote: a quote mark that never closes, or closes
// what never opened.
var Unbalanced = &rules.Rule{
	ID:       "unbalanced-quote",
	Summary:  unbalancedSummary,
	Doc:      unbalancedDoc,
	Severity: rules.Error,
	Default:  true,
	Run:      runUnbalanced,
}

// Scare is scare-quote (opt-in): a quoted term no one is named as using.
var Scare = &rules.Rule{
	ID:       "scare-quote",
	Summary:  scareSummary,
	Doc:      scareDoc,
	Severity: rules.Info,
	Default:  false,
	Run:      runScare,
}

// Rules are the rules of this package.
var Rules = []*rules.Rule{Unattributed, Unbalanced, Scare}

// lookedFor says where the rule looked for a speaker, so the writer knows
// what would satisfy it.
const lookedFor = "no said, told, according to or other cue with a speaker in its sentence, " +
	"in a sentence or paragraph introducing it, or in a “he said” after it; name who said it"

// impliedOnly is the message of a quotation whose speaker only the
// paragraph before implies.
const impliedOnly = "attribution only implied by the paragraph before: name the speaker " +
	"(news style attributes a quotation in its own paragraph unless it goes on from the same speaker's " +
	"quotation or follows an introduction ending in a colon)"

func runUnattributed(pass *rules.Pass) error {
	a := pass.Article
	an := analyse(a)
	defer an.release()
	lastPara := -1 // paragraph of the last unattributed quotation
	for i := range an.quotes {
		q := &an.quotes[i]
		if !an.checkable(a, i) || an.kinds[i] != Quotation {
			continue
		}
		st := an.strength(i)
		if st == strong {
			continue
		}
		p := a.Paragraphs[q.Para]
		if st == weak {
			// graded below the rule's severity: a reader can guess, an
			// editor should still name the speaker
			pass.Report(rules.Finding{Span: p.SourceSpan(q.Open, q.End()), Message: impliedOnly,
				Severity: min(rules.Info, pass.Severity())})
			continue
		}
		if lastPara >= 0 && q.Para <= lastPara+3 && an.standsAlone(q) {
			// one speaker left unnamed for a run of quotations: one finding
			lastPara = q.Para
			continue
		}
		lastPara = q.Para
		msg := "quotation with no speaker: " + lookedFor
		if q.Next >= 0 {
			msg = "quotation over several paragraphs with no speaker: " + lookedFor
		}
		pass.Report(rules.Finding{Span: p.SourceSpan(q.Open, q.End()), Message: msg})
	}
	for _, pi := range an.unattributedBlocks() {
		p := a.Paragraphs[pi]
		pass.Report(rules.Finding{Span: p.Span, Message: "block quotation with no speaker: " + lookedFor})
	}
	return nil
}

func runUnbalanced(pass *rules.Pass) error {
	a := pass.Article
	pr := pairers.Get().(*pairer)
	defer pr.release()
	pr.run(a.Paragraphs)
	for _, l := range pr.lones {
		p := a.Paragraphs[l.para]
		m := p.Text[l.at : l.at+l.size]
		msg := fmt.Sprintf("closing quote mark %s with no opening mark before it in the paragraph", m)
		if l.opening {
			msg = fmt.Sprintf("opening quote mark %s never closes before the paragraph ends "+
				"(a quotation running on opens the next paragraph with a mark)", m)
		}
		pass.Report(rules.Finding{Span: p.SourceSpan(l.at, l.at+l.size), Message: msg})
	}
	return nil
}

func runScare(pass *rules.Pass) error {
	a := pass.Article
	an := analyse(a)
	defer an.release()
	for i := range an.quotes {
		q := &an.quotes[i]
		if !an.checkable(a, i) || an.kinds[i] != Term || an.attributed(i) {
			continue
		}
		p := a.Paragraphs[q.Para]
		s, e := q.Inner()
		pass.Report(rules.Finding{Span: p.SourceSpan(q.Open, q.End()), Message: fmt.Sprintf(
			"scare quote: no one is named as using the term %q; attribute it or drop the marks", p.Text[s:e])})
	}
	return nil
}

// checkable: a quote in running prose, not nested, not in a headline or a
// block quotation, and the first part of a multi-paragraph quotation.
func (an *analysis) checkable(a *article.Article, i int) bool {
	q := &an.quotes[i]
	p := a.Paragraphs[q.Para]
	return q.Depth == 0 && q.Prev < 0 && p.Kind != article.Quotation && !isHeadline(a, q.Para)
}
