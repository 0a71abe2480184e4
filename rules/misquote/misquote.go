package misquote

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/quotes"
	"github.com/copydesk/copydesk/rules/sources"
)

// Options are the rule's settings.
type Options struct {
	rules.Settings `yaml:",inline"`
	// RequireSource reports (as info) a quotation no source holds.
	RequireSource bool `yaml:"require_source"`
	// AllowFillers lets a quotation leave out the record's "uh" and "um".
	AllowFillers bool `yaml:"allow_fillers"`
	// MinWords is the shortest quotation checked, in words.
	MinWords int `yaml:"min_words"`
}

// Validate refuses a MinWords too small to place a quotation.
func (o *Options) Validate() error {
	if o.MinWords < 3 {
		return rules.BadOption("min_words", "must be 3 or more, not %d", o.MinWords)
	}
	return nil
}

// Rule is misquote: a quotation that is not what the record says, or is
// put in the wrong mouth.
var Rule = &rules.Rule{
	ID:         "misquote",
	Summary:    summary,
	Doc:        doc,
	Severity:   rules.Warning,
	Default:    true,
	NewOptions: func() rules.Options { return &Options{MinWords: 5} },
	Run:        run,
}

// A quotation is taken to come from a passage when minEqual of its words
// are found there in order, in runs (one at least three words long), and
// no more than a quarter of its words (one, in a short quotation) are its
// own: a quotation with more words of its own than that is another remark
// that shares a phrase with the passage ("is not a normal election", "is
// not a joke"), not a copy of it.
const (
	minEqual = 4
	// maxWords: a longer "quotation" is a document quoted whole (or a
	// quote mark left open), and its word diff would cost more than it tells.
	maxWords = 400
	maxOwn   = 0.25
)

func run(pass *rules.Pass) error {
	opts, _ := pass.Options.(*Options)
	if opts == nil {
		opts = &Options{MinWords: 5}
	}
	var ix *sources.Index
	if pass.Shared != nil {
		ix = pass.Shared.Sources
	}
	if ix.Len() == 0 && !opts.RequireSource {
		return nil
	}
	a := pass.Article
	for _, q := range quotes.Quotations(a) {
		p := a.Paragraphs[q.Para]
		ws := spoken(quoteWords(p.Text, q.InnerStart, q.InnerEnd), opts.AllowFillers)
		if len(ws) < opts.MinWords || len(ws) > maxWords {
			continue
		}
		span := p.SourceSpan(q.Open, q.End)
		m, found := matchQuotation(ix, q, ws, opts.AllowFillers)
		if !found {
			if opts.RequireSource {
				pass.Report(rules.Finding{Span: span, Severity: rules.Info,
					Message: "quotation not found in the sources: check it against the record"})
			}
			continue
		}
		check(pass, p, q, ws, m, span, ix.Speakers())
	}
	return nil
}

// passage is a quotation's passage of the record: its source, the
// alignment of the quotation with it, and who speaks it there ("" when the
// record does not say).
type passage struct {
	src     *sources.Source
	al      alignment
	speaker string
}

// matchQuotation finds the passage of the record that quotation q (its
// words ws) comes from and aligns it: false when no passage holds it, or
// the one that shares words with it holds another remark.
func matchQuotation(ix *sources.Index, q quotes.Spoken, ws []qword, dropFillers bool) (passage, bool) {
	m, found := ix.Find(segments(ws))
	if !found {
		return passage{}, false
	}
	// the record's words from m.From to m.To, made for this quotation only
	rec := ix.WordsOf(m.Source, m.From, m.To)
	al, found := bestAlignment(ws, m, rec, dropFillers)
	if !found {
		return passage{}, false
	}
	speaker := m.Source.SpeakerAt(m.From + indexOf(rec, al.src[0].Start))
	p := passage{src: m.Source, al: al, speaker: speaker}
	if anotherRemark(q, len(ws), p, ix.Speakers()) {
		return passage{}, false
	}
	return p, true
}

// check reports a quotation whose words or speaker differ from its passage.
func check(pass *rules.Pass, p *article.Paragraph, q quotes.Spoken, ws []qword, m passage, span article.Span, known map[string]bool) {
	src, al, speaker := m.src, m.al, m.speaker
	first, last := al.src[0], al.src[len(al.src)-1]
	line := src.Line(first.Start)
	at := fmt.Sprintf("%s:%d", src.Path, line)
	who := ""
	if speaker != "" {
		who = " (" + speaker + ")"
	}
	related := []rules.Related{{Path: src.Path, Span: article.Span{Start: first.Start, End: last.End},
		Message: "the record" + who + ": “" + recordText(src, al.src) + "”"}}
	if len(al.hunks) > 0 {
		fix := rules.Fix{Message: "restore the record's words", Safe: false}
		for _, h := range al.hunks {
			if e, ok := edit(p, ws, src, al, h); ok {
				fix.Edits = append(fix.Edits, e)
			}
		}
		pass.Report(rules.Finding{Span: span, Related: related, Fixes: []rules.Fix{fix},
			Message: fmt.Sprintf("quotation differs from the record, %s%s: %s", at, who, wordDiff(p, ws, src, al))})
	}
	if wrongSpeaker(q.Speaker, m, known) {
		pass.Report(rules.Finding{Span: span, Related: related,
			Message: fmt.Sprintf("quotation attributed to %s is spoken by %s in the record, %s", title(q.Speaker), speaker, at)})
	}
}

// wrongSpeaker: the article names as the speaker someone the record
// labels, and the record has another named speaker say the passage m,
// not quoting anyone. (Only a name the record knows: a name it does not
// may have said the words elsewhere, and the passage's speaker be quoting
// them — a moderator, a rival.)
func wrongSpeaker(named string, m passage, known map[string]bool) bool {
	return named != "" && sources.Named(m.speaker) && namesKnown(named, known) && !sameSpeaker(named, m.speaker) &&
		!quotedInRecord(m.src, m.al.src[0].Start)
}

// sameSpeaker: the article's name for the speaker shares a word with the
// record's label ("Donald Trump" and "TRUMP", "Mrs Clinton" and "CLINTON").
func sameSpeaker(named, label string) bool {
	for _, a := range sources.Words(named) {
		for _, b := range sources.Words(label) {
			if a.Key == b.Key && len(a.Key) > 2 {
				return true
			}
		}
	}
	return false
}

// namesKnown: a word of the article's name for the speaker is a speaker
// the record labels.
func namesKnown(named string, known map[string]bool) bool {
	for _, w := range sources.Words(named) {
		if known[w.Key] && len(w.Key) > 2 {
			return true
		}
	}
	return false
}

func title(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// indexOf finds the word of ws starting at byte off (they are in order).
func indexOf(ws []sources.Word, off int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].Start >= off })
}

// bestAlignment aligns the quotation with the passage and with the wider
// stretch around it, and keeps whichever matches with fewer differences
// (the passage on a tie). rec is the words of m.Source from m.From to
// m.To.
func bestAlignment(ws []qword, m sources.Match, rec []sources.Word, dropFillers bool) (alignment, bool) {
	if !enoughShared(ws, rec) {
		return alignment{}, false // a phrase in common, no more: not worth a diff
	}
	near := align(ws, rec[m.Near[0]-m.From:m.Near[1]-m.From], dropFillers)
	if near.matches(len(ws)) && len(near.hunks) == 0 {
		return near, true // verbatim on the passage: nothing wider can do better
	}
	wide := align(ws, rec, dropFillers)
	nearOK, wideOK := near.matches(len(ws)), wide.matches(len(ws))
	switch {
	case nearOK && (!wideOK || len(near.hunks) <= len(wide.hunks)):
		return near, true
	case wideOK:
		return wide, true
	}
	return alignment{}, false
}

// enoughShared: as many of the quotation's words are among the record's
// (as a bag, in any order) as matches asks of its runs, an upper bound
// that costs no diff.
func enoughShared(ws []qword, rec []sources.Word) bool {
	have := make(map[string]int, len(rec))
	for _, w := range rec {
		have[w.Key]++
	}
	shared := 0
	for _, w := range ws {
		if have[w.Key] > 0 {
			have[w.Key]--
			shared++
		}
	}
	n := len(ws)
	return shared >= minEqual && n-shared <= max(1, int(maxOwn*float64(n)))
}

// quotedInRecord: the passage stands inside quotation marks opened earlier
// on its line of the record: the speaker is quoting someone ("Mr. Trump,
// you called for “a total and complete shutdown …”"), who may be the one
// the article names.
func quotedInRecord(src *sources.Source, at int) bool {
	line := src.Lines.LineStart(src.Line(at))
	before := string(src.Text[line:at])
	open := strings.Count(before, "“") - strings.Count(before, "”")
	return open > 0 || strings.Count(before, `"`)%2 == 1
}
