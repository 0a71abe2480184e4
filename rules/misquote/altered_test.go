package misquote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/sources"
)

// TestAlteredCopies alters copies of the real PolNeAR quotations that match
// the record verbatim, the way a misquote happens (a word swapped for a
// near synonym, a word dropped without an ellipsis, a clause moved, the
// speaker swapped), and edits others only as news style allows (an
// ellipsis, a bracketed insertion, the case of the first letter,
// punctuation, straight or curly marks). Each altered copy must be
// reported at its quotation with the right finding; each style edit must
// not be.
func TestAlteredCopies(t *testing.T) {
	ix := loadTranscripts(t)
	type tally struct{ copies, found, wrong int }
	byKind := map[string]*tally{}
	kinds := []string{}
	count := func(kind string) *tally {
		if byKind[kind] == nil {
			byKind[kind] = &tally{}
			kinds = append(kinds, kind)
		}
		return byKind[kind]
	}
	natural := 0
	for _, m := range realMatches(t, ix) {
		if len(m.al.hunks) > 0 {
			continue
		}
		if fs := findingsAt(t, m.art.src, m.span.Start, ix); len(fs) > 0 {
			natural++ // a verbatim quotation reported: a wrong speaker
			t.Logf("verbatim %s: %s", m.key(), fs[0].Message)
			continue
		}
		for _, c := range copiesOf(m) {
			tl := count(c.kind)
			tl.copies++
			fs := findingsAt(t, c.src, c.at, ix)
			ok := false
			for _, f := range fs {
				if c.want != "" && strings.Contains(f.Message, c.want) {
					ok = true
				} else {
					tl.wrong++
					if c.want == "" {
						t.Logf("style edit %s of %s reported: %s", c.kind, m.key(), f.Message)
					}
				}
			}
			if ok {
				tl.found++
			} else if c.want != "" {
				t.Logf("missed %s of %s", c.kind, m.key())
			}
		}
	}
	tp, fn, fp, styleFP := 0, 0, 0, 0
	for _, k := range kinds {
		tl := byKind[k]
		t.Logf("%-12s copies %3d  reported right %3d  wrong findings %d", k, tl.copies, tl.found, tl.wrong)
		if strings.HasPrefix(k, "style-") {
			styleFP += tl.wrong
			continue
		}
		tp += tl.found
		fn += tl.copies - tl.found
		fp += tl.wrong
	}
	fp += styleFP
	recall := float64(tp) / float64(max(1, tp+fn))
	precision := float64(tp) / float64(max(1, tp+fp))
	t.Logf("altered copies: recall %.3f (%d/%d), precision %.3f (%d false findings, %d on style edits); verbatim quotations reported: %d",
		recall, tp, tp+fn, precision, fp, styleFP, natural)
	if recall < 0.90 || precision < 0.95 || styleFP > 0 {
		t.Errorf("want recall ≥ 0.90 at precision ≥ 0.95 and no finding on style edits")
	}
}

// findingsAt runs the rule on src and returns its findings on the
// quotation opening at byte at.
func findingsAt(t *testing.T, src []byte, at int, ix *sources.Index) []rules.Finding {
	a, err := article.Parse("copy.txt", article.Text, src)
	if err != nil {
		t.Fatal(err)
	}
	var out []rules.Finding
	for _, f := range runRule(t, a, ix) {
		if f.Span.Start <= at && at < f.Span.End || f.Span.Start == at {
			out = append(out, f)
		}
	}
	return out
}

// aCopy is an article with one quotation edited: the quotation now opens at
// byte at; want is what the finding's message must say ("" for none).
type aCopy struct {
	kind, want string
	src        []byte
	at         int
}

const (
	differs  = "differs from the record"
	misplace = "is spoken by"
)

// copiesOf makes the edited copies of a verbatim quotation.
func copiesOf(m matched) []aCopy {
	p := m.a.Paragraphs[m.q.Para]
	inner := p.SourceSpan(m.q.InnerStart, m.q.InnerEnd)
	text := string(m.art.src[inner.Start:inner.End])
	ws := sources.Words(text)
	var out []aCopy
	add := func(kind, want, newText string) {
		if newText == "" || newText == text {
			return
		}
		src := string(m.art.src[:inner.Start]) + newText + string(m.art.src[inner.End:])
		out = append(out, aCopy{kind, want, []byte(src), m.span.Start})
	}
	n := len(ws)
	// a word swapped for a near synonym: the first word in the middle the
	// table has
	for i := 1; i < n-1; i++ {
		if syn, ok := synonyms[ws[i].Key]; ok {
			add("synonym", differs, text[:ws[i].Start]+syn+text[ws[i].End:])
			break
		}
	}
	// a word in the middle dropped, without an ellipsis
	// (a quotation of five words would fall below min_words)
	if mid := n / 2; n > 5 {
		add("dropped", differs, text[:ws[mid-1].End]+text[ws[mid].End:])
	}
	// a clause moved: "A, B" made "B, A"
	if c := middleComma(text, ws); c > 0 {
		a, b := strings.TrimSpace(text[:c]), strings.TrimSpace(text[c+1:])
		b = strings.TrimRight(b, ".,!?")
		add("clause", differs, upperFirst(b)+", "+lowerFirst(a))
	}
	// the speaker swapped: Trump for Clinton in the attribution
	if other := otherCandidate(m.label); other != "" && sameSpeaker(m.q.Speaker, m.label) {
		if src, at, ok := swapSpeaker(m, p, other); ok {
			out = append(out, aCopy{"speaker", misplace, src, at})
		}
	}
	// style edits news style allows
	if n >= 7 {
		add("style-ellipsis", "", text[:ws[2].End]+" … "+text[ws[4].Start:])
	}
	add("style-bracket", "", text[:ws[1].End]+" [in 2016]"+text[ws[1].End:])
	add("style-case", "", flipFirst(text))
	add("style-punct", "", strings.NewReplacer(",", "", ";", "", "—", " ").Replace(text[:ws[1].End])+","+text[ws[1].End:])
	add("style-marks", "", strings.NewReplacer("'", "’", "’", "'").Replace(text))
	return out
}

// synonyms are near synonyms a writer might put for the speaker's word.
var synonyms = map[string]string{
	"great": "big", "big": "large", "very": "really", "people": "folks", "country": "nation",
	"want": "wish", "think": "believe", "know": "understand", "jobs": "work", "good": "fine",
	"bad": "poor", "make": "create", "tremendous": "huge", "fight": "battle", "world": "globe",
	"believe": "think", "really": "truly", "many": "numerous", "lot": "ton", "going": "about",
	"need": "must", "help": "aid", "stop": "halt", "never": "not", "always": "ever",
	"totally": "completely", "women": "ladies", "strong": "tough", "kids": "children",
	"children": "kids", "americans": "citizens", "america": "the nation", "hard": "tough",
	"right": "correct", "work": "labor", "get": "obtain", "said": "stated", "say": "state",
	"president": "leader", "plan": "scheme", "give": "hand", "keep": "hold", "new": "fresh",
	"time": "moment", "money": "cash", "everyone": "everybody", "everybody": "everyone",
	"because": "since", "like": "such as", "will": "shall", "can": "could", "should": "ought to",
	"come": "arrive", "look": "see", "tell": "say to", "just": "only", "all": "every",
}

// middleComma is the offset of a comma with two words or more either side,
// nearest the middle, or -1.
func middleComma(text string, ws []sources.Word) int {
	best := -1
	for i := 2; i+2 <= len(ws); i++ {
		between := text[ws[i-1].End:ws[i].Start]
		if c := strings.IndexByte(between, ','); c >= 0 {
			at := ws[i-1].End + c
			if best < 0 || abs(i-len(ws)/2) < abs(wordsBefore(ws, best)-len(ws)/2) {
				best = at
			}
		}
	}
	return best
}

func wordsBefore(ws []sources.Word, at int) int {
	n := 0
	for _, w := range ws {
		if w.Start < at {
			n++
		}
	}
	return n
}

func abs(n int) int { return max(n, -n) }

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lowers the first letter unless the word is "I" or a name-like
// capital inside the clause (left as it is).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if strings.HasPrefix(s, "I ") || strings.HasPrefix(s, "I'") || strings.HasPrefix(s, "I’") {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func flipFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return string(unicode.ToLower(r)) + s[n:]
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// otherCandidate is the other debater's name for a label.
func otherCandidate(label string) string {
	switch strings.ToUpper(label) {
	case "TRUMP":
		return "Clinton"
	case "CLINTON":
		return "Trump"
	}
	return ""
}

// swapSpeaker puts the other candidate's name for the speaker's in the
// quotation's paragraph and the one before (where the rule looks for the
// attribution), outside the quotation; it returns the copy and where the
// quotation now opens.
func swapSpeaker(m matched, p *article.Paragraph, other string) ([]byte, int, bool) {
	from := p.Span.Start
	if m.q.Para > 0 {
		from = m.a.Paragraphs[m.q.Para-1].Span.Start
	}
	names := map[string]string{"Trump": other, "Clinton": other, "Donald": "", "Hillary": ""}
	src := string(m.art.src)
	var b strings.Builder
	b.WriteString(src[:from])
	at, changed := m.span.Start, false
	ws := sources.Words(src[from:p.Span.End])
	last := from
	for _, w := range ws {
		s, e := w.Start+from, w.End+from
		word := src[s:e]
		repl, ok := names[strings.TrimSuffix(strings.TrimSuffix(word, "’s"), "'s")]
		if !ok || s >= m.span.Start && s < m.span.End || repl == strings.TrimSuffix(strings.TrimSuffix(word, "’s"), "'s") {
			continue
		}
		if repl == "" {
			repl = firstNameOf(other)
		}
		repl += word[len(strings.TrimSuffix(strings.TrimSuffix(word, "’s"), "'s")):]
		b.WriteString(src[last:s])
		b.WriteString(repl)
		if s < m.span.Start {
			at += len(repl) - len(word)
		}
		last, changed = e, true
	}
	b.WriteString(src[last:])
	return []byte(b.String()), at, changed
}

func firstNameOf(surname string) string {
	if surname == "Trump" {
		return "Donald"
	}
	return "Hillary"
}
