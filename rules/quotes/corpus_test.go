package quotes

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/article"
)

var (
	split = flag.String("quotes.split", "dev", "PolNeAR split to score (tune on train, report on dev)")
	show  = flag.Int("quotes.show", 0, "print this many findings and missed quotes, with context")
	// what-if: score titles of works and slogans of four words or more as
	// findings too (the rule never reports them; see doc.go)
	titles = flag.Bool("quotes.titles", false, "also count unattributed titles and slogans as findings (what-if)")
	// an article annotated twice is scored against its first annotator; with
	// -quotes.union a quote is attributed when either annotator sourced it
	union = flag.Bool("quotes.union", false, "score doubly annotated articles against the union of their annotators")
)

// score counts findings against PolNeAR: a quoted span of four or more
// words is attributed when it lies inside a Content span whose attribution
// has a Source.
type score struct {
	tp, fp, fn, tn int
	infoTP, infoFP int            // of tp and fp, findings at info (attribution only implied)
	missed         map[string]int // unattributed quotes not flagged, by why
}

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func TestPolNeAR(t *testing.T) {
	dir := filepath.Join(corpustest.Dir(t, "polnear"), *split)
	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	sort.Strings(anns)
	s := score{missed: map[string]int{}}
	seen := map[string]bool{}
	shown := 0
	for k, ann := range anns {
		base := textOf(ann)
		if seen[base] {
			continue // scored against its first annotator (or all, -quotes.union)
		}
		seen[base] = true
		src, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		sourced := readSourced(t, ann)
		for _, other := range anns[k+1:] {
			if *union && textOf(other) == base {
				sourced = append(sourced, readSourced(t, other)...)
			}
		}
		scoreArticle(t, base, src, sourced, &s, &shown)
	}
	t.Logf("PolNeAR %s: %d articles, quotes of 4+ words: tp=%d fp=%d fn=%d tn=%d (info: tp=%d fp=%d); "+
		"unattributed-quote precision %.3f recall %.3f; false alarms %.3f per article (warnings %.3f)",
		*split, len(seen), s.tp, s.fp, s.fn, s.tn, s.infoTP, s.infoFP, s.precision(), s.recall(),
		ratio(s.fp, len(seen)), ratio(s.fp-s.infoFP, len(seen)))
	t.Logf("unattributed but not flagged: %d not taken for quotations (titles, slogans, short phrases), "+
		"%d with a cue in their sentence, %d with one in their frame", s.missed["kind"], s.missed["own"], s.missed["frame"])
	// PolNeAR leaves unannotated many quotations a reader knows the speaker
	// of (a second sentence after "…,” she said.") and counts titles and
	// slogans as unattributed, so its figures are a weak guide: the floors
	// only catch a rule gone wrong. A hand check of every fifth of train's
	// 225 unattributed quotes found about one in ten that a copy editor
	// would query; the rest are titles of works, headlines, slogans and
	// quotations whose speaker stands next to them. Dev has only 21, so
	// "no true finding" is a floor on train alone.
	all := s.tp + s.fp + s.fn + s.tn
	if all > 0 && (s.tp == 0 && s.tp+s.fn >= 100 || s.tp+s.fp > all/10) {
		t.Errorf("rule off the rails: %d true findings, %d findings for %d quotes", s.tp, s.tp+s.fp, all)
	}
}

// textOf names the article an annotation file is for: X_<annotator>.ann
// annotates X.txt.
func textOf(ann string) string {
	base := strings.TrimSuffix(filepath.Base(ann), ".ann")
	return base[:strings.LastIndex(base, "_")]
}

func scoreArticle(t *testing.T, name string, src []byte, sourced [][2]int, s *score, shown *int) {
	a, err := article.Parse(name+".txt", article.Text, src)
	if err != nil {
		t.Fatal(err)
	}
	runeAt := runeOffsets(src)
	an := analyse(a)
	for i := range an.quotes {
		q := &an.quotes[i]
		if !an.checkable(a, i) {
			continue
		}
		p := a.Paragraphs[q.Para]
		is, ie := q.Inner()
		if len(wordsIn(p.Words, is, ie)) < 4 {
			continue
		}
		sp := p.SourceSpan(is, ie)
		gold := !covered(sourced, runeAt[sp.Start], runeAt[sp.End])
		st := an.strength(i)
		flagged := (an.kinds[i] == Quotation || *titles && an.kinds[i] == Title) && st != strong
		info := flagged && st == weak
		switch {
		case gold && flagged:
			s.tp++
			s.infoTP += b2i(info)
		case flagged:
			s.fp++
			s.infoFP += b2i(info)
		case gold:
			s.fn++
		default:
			s.tn++
		}
		if gold && !flagged {
			reason := "kind"
			if an.kinds[i] == Quotation {
				reason = "frame"
				if an.ownSentence(q) {
					reason = "own"
				}
			}
			s.missed[reason]++
		}
		if (flagged || gold) && *shown < *show {
			*shown++
			t.Logf("%s %s kind=%d info=%v: %s", outcome(gold, flagged), name, an.kinds[i], info, context(p.Text, q))
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func outcome(gold, flagged bool) string {
	switch {
	case gold && flagged:
		return "TP"
	case flagged:
		return "FP"
	}
	return "FN"
}

func context(text string, q *Quote) string {
	s := max(0, q.Open-150)
	for s > 0 && text[s]&0xC0 == 0x80 {
		s--
	}
	e := min(len(text), q.End()+80)
	for e < len(text) && text[e]&0xC0 == 0x80 {
		e++
	}
	return strings.ReplaceAll(text[s:q.Open]+"[["+text[q.Open:q.End()]+"]]"+text[q.End():e], "\n", "/")
}

// covered: at least half of [s, e) lies inside the sourced Content spans.
// The "lies inside" is read leniently: annotators often end a
// Content span before a quotation's last sentence or its closing comma, and
// a strict reading would turn 21 of train's 6,973 plainly attributed
// quotations ("…,” she said: “…”) into unattributed ones. Spans are merged
// first, so that two attributions sharing a Content span are not counted
// twice.
func covered(spans [][2]int, s, e int) bool {
	in := 0
	for _, c := range mergeRanges(spans) {
		lo, hi := max(s, c[0]), min(e, c[1])
		if hi > lo {
			in += hi - lo
		}
	}
	return 2*in >= e-s
}

// mergeRanges returns the union of spans as sorted, disjoint ranges.
func mergeRanges(spans [][2]int) [][2]int {
	s := slices.Clone(spans)
	slices.SortFunc(s, func(a, b [2]int) int { return a[0] - b[0] })
	var out [][2]int
	for _, x := range s {
		if n := len(out); n > 0 && x[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], x[1])
			continue
		}
		out = append(out, x)
	}
	return out
}

// runeOffsets maps every byte offset of src to its rune offset.
func runeOffsets(src []byte) []int {
	m := make([]int, len(src)+1)
	r := 0
	for i := range src {
		m[i] = r
		if src[i]&0xC0 != 0x80 {
			r++
		}
		m[i] = r - 1
	}
	m[len(src)] = r
	return m
}

// readSourced returns the Content spans (rune offsets) of the attributions
// in a BRAT file that have a Source.
func readSourced(t *testing.T, path string) [][2]int {
	return sourcedOf(readAttributions(t, path))
}

// sourcedOf returns the Content spans of the attributions that have a Source.
func sourcedOf(atts []attribution) [][2]int {
	var out [][2]int
	for _, a := range atts {
		if a.sourced {
			out = append(out, a.content...)
		}
	}
	return out
}

func parseRanges(s string) [][2]int {
	var out [][2]int
	for _, r := range strings.Split(s, ";") {
		a, b, _ := strings.Cut(strings.TrimSpace(r), " ")
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 == nil && err2 == nil {
			out = append(out, [2]int{x, y})
		}
	}
	return out
}
