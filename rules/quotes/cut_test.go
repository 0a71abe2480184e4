package quotes

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

var cutShow = flag.Int("quotes.cutshow", 0, "print this many missed cut quotes and false alarms of the cut-attribution set")

// attribution is one PolNeAR attribution relation: its Source, Cue and
// Content spans in rune offsets.
type attribution struct {
	source, cue, content [][2]int
	sourced              bool // the event names a Source, whatever its spans
}

// TestCutAttribution scores the rule on quotations whose attribution an
// edit has cut (see README.md, "The cut-attribution set"): each attributed
// quotation standing alone with its cue and source in a paragraph is cut
// down to the bare quote, one at a time, where nothing around it names
// the speaker. The cut quote must be reported; the article's other
// quotations keep their annotators' labels.
func TestCutAttribution(t *testing.T) {
	base := corpustest.Dir(t, "polnear")
	for _, split := range []string{"train", "dev"} {
		var c cutScore
		dir := filepath.Join(base, split)
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
		sort.Strings(anns)
		seen := map[string]bool{}
		for _, ann := range anns {
			name := textOf(ann)
			if seen[name] {
				continue // the first annotator's labels, as TestPolNeAR
			}
			seen[name] = true
			src, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			atts := readAttributions(t, ann)
			sourced := sourcedOf(atts)
			for _, cut := range cutsOf([]rune(string(src)), atts) {
				c.score(t, name, cut, sourced)
			}
		}
		t.Logf("cut-attribution %s: %d cut quotes in %d articles; found %d (warning %d, info %d): recall %.3f; "+
			"precision %.3f (warning+info, %d findings), warning precision %.3f (%d warnings)",
			split, c.cuts, len(seen), c.warn+c.info, c.warn, c.info, c.recall(),
			ratio(c.warn+c.info+c.otherTP[0]+c.otherTP[1], c.findings[0]+c.findings[1]), c.findings[0]+c.findings[1],
			ratio(c.warn+c.otherTP[0], c.findings[0]), c.findings[0])
		if c.cuts < 50 {
			continue // too few to judge
		}
		if p := ratio(c.warn+c.info+c.otherTP[0]+c.otherTP[1], c.findings[0]+c.findings[1]); c.recall() < 0.70 || p < 0.85 {
			t.Errorf("%s: recall %.3f at precision %.3f, want ≥ 0.70 at ≥ 0.85", split, c.recall(), p)
		}
		if p := ratio(c.warn+c.otherTP[0], c.findings[0]); p < 0.90 {
			t.Errorf("%s: warning precision %.3f, want ≥ 0.90", split, p)
		}
	}
}

// cutScore counts the findings on cut articles. Index 0 counts warnings,
// 1 infos.
type cutScore struct {
	cuts, warn, info int
	findings         [2]int // all findings
	otherTP          [2]int // findings on other quotations the annotators left unattributed
	shown            int
}

func (c *cutScore) recall() float64 { return ratio(c.warn+c.info, c.cuts) }

func (c *cutScore) score(t *testing.T, name string, cut cutArticle, sourced [][2]int) {
	src := []byte(string(cut.text))
	fs, _ := ruletest.Check(t, Unattributed, name+".txt", src, ruletest.Options{})
	runeAt := runeOffsets(src)
	c.cuts++
	found := false
	for _, f := range fs {
		sev := 0
		if f.Severity == rules.Info {
			sev = 1
		}
		c.findings[sev]++
		ns, ne := runeAt[f.Span.Start], runeAt[f.Span.End]
		s, e := ns, ne
		if s >= cut.at && s < cut.at+cut.size {
			found = true
			if sev == 0 {
				c.warn++
			} else {
				c.info++
			}
			continue
		}
		if s >= cut.at+cut.size { // back to the original text's offsets
			s, e = s+cut.shift, e+cut.shift
		}
		if !covered(sourced, s, e) {
			c.otherTP[sev]++
		} else if c.shown < *cutShow {
			c.shown++
			t.Logf("FALSE %s %s: %s", name, f.Severity, cutContext(cut.text, ns, ne))
		}
	}
	if !found && c.shown < *cutShow {
		c.shown++
		t.Logf("MISSED %s: …%s", name, cutContext(cut.text, cut.at, cut.at+cut.size))
	}
}

// cutArticle is an article with one paragraph cut down to its quotation,
// which stands at rune offset at, size runes long; shift is what to add to
// an offset after it to find the original's.
type cutArticle struct {
	text            []rune
	at, size, shift int
}

// cutContext is the quotation at runes [s, e) of text with the paragraph
// before it, for a person to judge.
func cutContext(text []rune, s, e int) string {
	return strings.ReplaceAll(string(text[max(0, s-300):s])+"[["+string(text[s:e])+"]]", "\n", "/")
}

// cutsOf builds the cut articles of one annotated text (the method is in
// README.md).
func cutsOf(text []rune, atts []attribution) []cutArticle {
	paras := paragraphsOf(text)
	done := map[int]bool{}
	var out []cutArticle
	for ai, a := range atts {
		if len(a.source) == 0 || len(a.cue) == 0 || len(a.content) == 0 {
			continue
		}
		c0 := a.content[0][0]
		if c0 >= len(text) || !isDoubleMark(text[c0]) {
			continue // not a direct quotation
		}
		pi := slices.IndexFunc(paras, func(p [2]int) bool { return c0 >= p[0] && c0 < p[1] })
		if pi < 1 || done[pi] || !allWithin(paras[pi], a.source, a.cue, a.content) {
			continue
		}
		p := paras[pi]
		qs, qe, ok := oneQuote(text, p)
		if !ok || qs != c0 || len(strings.Fields(string(text[qs:qe]))) < 4 {
			continue
		}
		prev := string(text[paras[pi-1][0]:paras[pi-1][1]])
		if strings.ContainsAny(prev, "“”\"") || strings.HasSuffix(strings.TrimSpace(prev), ":") ||
			namesSpeaker(prev, speakerWords(text, atts, ai, p[0])) {
			continue
		}
		if pi+1 < len(paras) && isDoubleMark(text[paras[pi+1][0]]) {
			continue // the next paragraph goes on with the quotation
		}
		done[pi] = true
		bare := slices.Clone(text[qs:qe])
		if n := len(bare); n >= 2 && bare[n-2] == ',' {
			bare[n-2] = '.' // “…,” she said. → “….”
		}
		cut := slices.Concat(text[:p[0]], bare, text[p[1]:])
		out = append(out, cutArticle{text: cut, at: p[0], size: len(bare), shift: (p[1] - p[0]) - len(bare)})
	}
	return out
}

func isDoubleMark(r rune) bool { return r == '“' || r == '"' }

// paragraphsOf returns the rune ranges of the text's paragraphs: runs of
// non-blank lines.
func paragraphsOf(text []rune) [][2]int {
	var out [][2]int
	start := -1
	lineStart := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		blank := strings.TrimSpace(string(text[lineStart:i])) == ""
		switch {
		case !blank && start < 0:
			start = lineStart
		case blank && start >= 0:
			out = append(out, [2]int{start, lineStart - 1})
			start = -1
		}
		lineStart = i + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	for i := range out { // trailing spaces and newline are not the paragraph's
		for out[i][1] > out[i][0] && unicode.IsSpace(text[out[i][1]-1]) {
			out[i][1]--
		}
	}
	return out
}

func allWithin(p [2]int, spans ...[][2]int) bool {
	for _, ss := range spans {
		for _, s := range ss {
			if s[0] < p[0] || s[1] > p[1] {
				return false
			}
		}
	}
	return true
}

// oneQuote returns the one double-quoted span of paragraph p, marks
// included; ok is false when it holds none or several.
func oneQuote(text []rune, p [2]int) (int, int, bool) {
	var marks []int
	curly := false
	for i := p[0]; i < p[1]; i++ {
		switch text[i] {
		case '“', '”':
			curly = true
			marks = append(marks, i)
		case '"':
			marks = append(marks, i)
		}
	}
	if len(marks) != 2 || curly && (text[marks[0]] != '“' || text[marks[1]] != '”') {
		return 0, 0, false
	}
	return marks[0], marks[1] + 1, true
}

// speakerWords are the capitalised words of the attribution's source; for
// a source with none ("he", "the spokesman") those of the nearest earlier
// source, outside the paragraph, that has some.
func speakerWords(text []rune, atts []attribution, ai, paraStart int) []string {
	if ws := properWords(text, atts[ai].source); len(ws) > 0 {
		return ws
	}
	best, bestAt := []string(nil), -1
	for _, a := range atts {
		if len(a.source) == 0 || a.source[0][1] > paraStart || a.source[0][0] <= bestAt {
			continue
		}
		if ws := properWords(text, a.source); len(ws) > 0 {
			best, bestAt = ws, a.source[0][0]
		}
	}
	return best
}

var notNames = set("the a an mr mrs ms dr sen rep gov president i he she they we it his her their " +
	"secretary senator governor representative gen")

func properWords(text []rune, spans [][2]int) []string {
	var out []string
	for _, s := range spans {
		for _, w := range strings.Fields(string(text[s[0]:s[1]])) {
			w = strings.TrimRight(strings.Trim(w, ",.;:()“”\"‘"), "’'s")
			if w != "" && unicode.IsUpper([]rune(w)[0]) && !notNames[strings.ToLower(strings.TrimSuffix(w, "."))] {
				out = append(out, w)
			}
		}
	}
	return out
}

func namesSpeaker(para string, words []string) bool {
	for _, w := range strings.FieldsFunc(para, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// readAttributions returns the attributions of a BRAT file.
func readAttributions(t *testing.T, path string) []attribution {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spans := map[string][][2]int{}
	var events []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		switch {
		case strings.HasPrefix(fields[0], "T") && len(fields) >= 2:
			_, ranges, _ := strings.Cut(fields[1], " ")
			spans[fields[0]] = parseRanges(ranges)
		case strings.HasPrefix(fields[0], "E") && len(fields) >= 2:
			events = append(events, fields[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []attribution
	for _, ev := range events {
		var a attribution
		for _, arg := range strings.Fields(ev) {
			role, id, _ := strings.Cut(arg, ":")
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				a.source = append(a.source, spans[id]...)
				a.sourced = true
			case "Cue":
				a.cue = append(a.cue, spans[id]...)
			case "Content":
				a.content = append(a.content, spans[id]...)
			}
		}
		out = append(out, a)
	}
	return out
}
