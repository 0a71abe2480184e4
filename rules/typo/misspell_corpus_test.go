package typo

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// pair is a misspelling and the word meant.
type pair struct{ wrong, right string }

// readBirkbeck reads Mitton's list: "$word" then its misspellings.
// Multi-word entries ("a_lot") are left out.
func readBirkbeck(t *testing.T, path string) []pair {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []pair
	var right string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
		case strings.HasPrefix(line, "$"):
			right = line[1:]
		case !strings.Contains(line+right, "_") && right != "" && line != right:
			out = append(out, pair{line, right})
		}
	}
	return out
}

// readWikipedia reads "wrong->right[, right2]" lines, taking the first.
func readWikipedia(t *testing.T, path string) []pair {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []pair
	for _, line := range strings.Split(string(b), "\n") {
		wrong, rights, ok := strings.Cut(strings.TrimSpace(line), "->")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		right, _, _ := strings.Cut(rights, ",")
		if right = strings.TrimSpace(right); right != "" && !strings.ContainsAny(wrong+right, " _") {
			out = append(out, pair{wrong, right})
		}
	}
	return out
}

// carriers maps each word to the first BBC paragraph that has it, to host
// an inserted misspelling in real news copy.
func carriers(t *testing.T) map[string]string {
	m := map[string]string{}
	for _, a := range corpustest.BBC(t) { // sorted by path
		for _, para := range strings.Split(string(a.Src), "\n") {
			if len(para) > 400 {
				continue
			}
			for _, w := range strings.FieldsFunc(para, func(r rune) bool { return !isLetterByte(byte(r)) || r > 0x7f }) {
				if _, ok := m[w]; !ok {
					m[w] = para
				}
			}
		}
	}
	return m
}

// wordAt finds w as a whole word in s.
func wordAt(s, w string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return -1
		}
		j += i
		if (j == 0 || !isLetterByte(s[j-1])) && (j+len(w) == len(s) || !isLetterByte(s[j+len(w)])) {
			return j
		}
		i = j + 1
	}
}

var (
	missesFlag = flag.Bool("misses", false, "log the inserted non-words the rule misses")
	dumpFlag   = flag.String("dump", "", "write each inserted misspelling's outcome (wrong, right, real, found, first fix) to this file")
)

type insertScore struct {
	pairs, hosted, found, first, realWords, realFound, realFirst, safe, safeRight int
	// non-words by half: [0] right words whose hash is even (the half
	// weights were tuned on), [1] odd (held out)
	halfNonWords, halfFirst [2]int
	// non-words whose misspelling is not in codespell's list, from which
	// the error model was learnt (see unseen)
	unseenNonWords, unseenFirst int
	reach                       reach
}

// codespellWrong is the set of misspellings in codespell's lists (lower
// case): the corpus copy and, when installed, Debian's (the generator's
// source), so that right-first can be given for the misspellings the
// error model never saw.
func codespellWrong(t *testing.T) map[string]bool {
	out := map[string]bool{}
	for _, p := range []string{filepath.Join(corpustest.Dir(t, "spelling-codespell"), "dictionary.txt"),
		"/usr/lib/python3/dist-packages/codespell_lib/data/dictionary.txt"} {
		b, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) && strings.HasPrefix(p, "/usr/") {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if wrong, _, ok := strings.Cut(line, "->"); ok {
				out[strings.ToLower(wrong)] = true
			}
		}
	}
	return out
}

// reach counts, of the non-words, what the rule could warn of at best
// under issue 11's item 5 (no warning without a believable suggestion):
// those whose word meant is one cheap edit away (suspectMaxCost) or within
// the rule's reach (maxCost, maxSoundCost for a word that sounds the
// same); those with any common word a cheap edit away, and with any
// suggestion at all; and how many the rule finds at info or above.
type reach struct {
	rightCheap, rightReach, commonCheap, anySuggestion, foundInfo int
	// atMostInfo: the non-words item 5 keeps from a warning, as nonWord
	// judges them (lexicon.capped, in lower case): no suggestion, a
	// formation or compound with no believable slip, a short word with no
	// common word a cheap edit away
	noSuggestion, formation, short int
}

// measureReach fills r for the non-word wrong, meant for right.
func (r *reach) measure(l *lexicon, wrong, right string) {
	lw, lr := strings.ToLower(wrong), strings.ToLower(right)
	cost := editCost(lr, lw, maxSoundCost)
	if cost <= suspectMaxCost {
		r.rightCheap++
	}
	if cost <= maxCost || cost <= maxSoundCost && sameSound(lr, lw) {
		r.rightReach++
	}
	cands := l.suggest(lw, ".", ".")
	if len(cands) > 0 {
		r.anySuggestion++
	}
	switch l.capped(lw, cands) {
	case excusedWord, formationNoSlip:
		r.formation++
	case shortNoCommon:
		r.short++
	case noSuggestion:
		r.noSuggestion++
	}
	for _, c := range cands {
		if c.cost <= suspectMaxCost && l.commonWord(strings.ToLower(c.word), 50) {
			r.commonCheap++
			break
		}
	}
}

func measureInserted(t *testing.T, ps []pair, hosts map[string]string, seen map[string]bool) insertScore {
	var s insertScore
	l, _ := loadLexicon()
	var dump strings.Builder
	defer func() {
		if *dumpFlag != "" {
			f, err := os.OpenFile(*dumpFlag, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err == nil {
				_, err = f.WriteString(dump.String())
				err = errors.Join(err, f.Close())
			}
			if err != nil {
				t.Error(err)
			}
		}
	}()
	for _, p := range ps {
		s.pairs++
		para, ok := hosts[p.right]
		if !ok {
			continue
		}
		at := wordAt(para, p.right)
		if at < 0 {
			continue
		}
		s.hosted++
		_, isWord := l.lookup(p.wrong)
		if isWord {
			s.realWords++
		} else {
			s.reach.measure(l, p.wrong, p.right)
		}
		src := para[:at] + p.wrong + para[at+len(p.right):]
		fs, _ := ruletest.Check(t, Rule, "p.txt", []byte(src), ruletest.Options{Language: "en-GB"})
		for _, f := range fs {
			if !isWord && f.Span.Start < at+len(p.wrong) && f.Span.End > at {
				s.reach.foundInfo++
				break
			}
		}
		before, got := s.found, "-"
		for _, f := range fs {
			if f.Severity < rules.Warning && !isWord || f.Span.Start >= at+len(p.wrong) || f.Span.End <= at {
				continue
			}
			s.found++
			if isWord {
				s.realFound++
			}
			right := len(f.Fixes) > 0 && f.Fixes[0].Edits[0].New == p.right
			got = "(none)"
			if len(f.Fixes) > 0 {
				got = f.Fixes[0].Edits[0].New
			}
			if right {
				s.first++
				if isWord {
					s.realFirst++
				}
			}
			if len(f.Fixes) > 0 && f.Fixes[0].Safe {
				s.safe++
				if right {
					s.safeRight++
				}
			}
			break
		}
		if !isWord {
			half := hash(p.right) & 1
			s.halfNonWords[half]++
			if got == p.right {
				s.halfFirst[half]++
			}
			if !seen[strings.ToLower(p.wrong)] {
				s.unseenNonWords++
				if got == p.right {
					s.unseenFirst++
				}
			}
		}
		fmt.Fprintf(&dump, "%s\t%s\t%t\t%s\n", p.wrong, p.right, isWord, got)
		if *missesFlag && !isWord && s.found == before {
			t.Logf("missed %s (for %s)", p.wrong, p.right)
		}
	}
	return s
}

func (s insertScore) log(t *testing.T, name string) {
	nonWords := s.hosted - s.realWords
	t.Logf("%s: %d pairs, %d hosted in a BBC paragraph; recall %.3f, right word first %.3f (of hosted)",
		name, s.pairs, s.hosted, ratio(s.found, s.hosted), ratio(s.first, s.hosted))
	t.Logf("%s: non-word misspellings: %d, recall %.3f, right word first %.3f; real-word misspellings: %d, found %d",
		name, nonWords, ratio(s.found-s.realFound, nonWords), ratio(s.first-s.realFirst, nonWords), s.realWords, s.realFound)
	t.Logf("%s: non-words, right word first by half: tuning (even hash) %d, %.3f; held out (odd) %d, %.3f", name,
		s.halfNonWords[0], ratio(s.halfFirst[0], s.halfNonWords[0]), s.halfNonWords[1], ratio(s.halfFirst[1], s.halfNonWords[1]))
	t.Logf("%s: non-words not in codespell's list (the error model's source): %d, right word first %.3f",
		name, s.unseenNonWords, ratio(s.unseenFirst, s.unseenNonWords))
	r := s.reach
	t.Logf("%s: non-words found at info or above %.3f (%d); word meant one cheap edit away (≤ %.1f) %d (%.3f), within the rule's reach %d (%.3f)",
		name, ratio(r.foundInfo, nonWords), r.foundInfo, suspectMaxCost, r.rightCheap, ratio(r.rightCheap, nonWords), r.rightReach, ratio(r.rightReach, nonWords))
	t.Logf("%s: non-words with a common word one cheap edit away %d (%.3f: the most a warning could catch if only those warned), with any suggestion %d (%.3f: the most the rule's warnings can catch)",
		name, r.commonCheap, ratio(r.commonCheap, nonWords), r.anySuggestion, ratio(r.anySuggestion, nonWords))
	info := r.noSuggestion + r.formation + r.short
	t.Logf("%s: non-words item 5 keeps at info at most: %d (%.3f): no suggestion %d, a formation or compound with no believable slip %d, a short word with no common word a cheap edit away %d; so recall at warning can be at most %.3f",
		name, info, ratio(info, nonWords), r.noSuggestion, r.formation, r.short, 1-ratio(info, nonWords))
	t.Logf("%s: safe fixes: %d (%.3f of findings), right %.3f", name, s.safe, ratio(s.safe, s.found), ratio(s.safeRight, s.safe))
}

func ratio(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

func TestCorpusInsertedMisspellings(t *testing.T) {
	mitton := corpustest.Dir(t, "spelling-mitton")
	wiki := corpustest.Dir(t, "spelling-wikipedia-common-misspellings")
	hosts := carriers(t)
	seen := codespellWrong(t)
	b := measureInserted(t, readBirkbeck(t, filepath.Join(mitton, "birkbeck-missp.dat")), hosts, seen)
	b.log(t, "Birkbeck")
	w := measureInserted(t, readWikipedia(t, filepath.Join(wiki, "for-machines.txt")), hosts, seen)
	w.log(t, "Wikipedia")
	// Sane floors only: the figures themselves are logged and reported.
	if ratio(w.found, w.hosted) < 0.85 || ratio(w.first, w.hosted) < 0.75 {
		t.Errorf("Wikipedia recall %.2f / first %.2f fell far below the measured 0.95 / 0.86",
			ratio(w.found, w.hosted), ratio(w.first, w.hosted))
	}
	if ratio(b.found, b.hosted) < 0.6 {
		t.Errorf("Birkbeck recall %.2f fell far below the measured 0.74", ratio(b.found, b.hosted))
	}
}
