package names

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestCorpusInjection measures the rule the way the issue asks: BBC
// articles that introduce a person by full name and refer to them again
// get an OFAC person in that person's place, and one later reference is
// changed to an alias of theirs that is a spelling variant. Recall is the
// share of changed references found; precision the share of findings in
// the changed articles that are at the changed reference. The long run
// (COPYDESK_LONG=1) gives each host article three OFAC people in turn
// instead of one: a larger sample, three times slower.
func TestCorpusInjection(t *testing.T) {
	pairs := ofacPairs(t)
	files := bbcFiles(t)
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var hosts, cases, found, findings, hits int
	pairsPerHost := 1
	if corpustest.IsLong() {
		pairsPerHost = 3
	}
	var misses []string
	for _, path := range paths {
		h, ok := findHost(string(files[path]))
		if !ok {
			continue
		}
		for k := range pairsPerHost {
			pair := pairs[(hosts*pairsPerHost+k)*7919%len(pairs)]
			text, at := inject(string(files[path]), h, pair)
			if at < 0 {
				break
			}
			cases++
			fs, _ := ruletest.Check(t, Rule, path, []byte(text), ruletest.Options{})
			hit := false
			for _, f := range fs {
				findings++
				if f.Span.Start < at+len(pair.alias) && at < f.Span.End {
					hits++
					hit = true
				}
			}
			if os.Getenv("NAMES_CASE") == path {
				t.Logf("%s, alias at %d:\n%s%s", path, at, dumpPeople(text), ruletest.Format(fs))
			}
			if hit {
				found++
			} else {
				a, b := parseName(pair.surname), parseName(pair.alias)
				ok := len(a) == 1 && len(b) == 1 && DefaultOptions().similarity().sameName(&a[0], &b[0])
				misses = append(misses, fmt.Sprintf("%s: %s %s → %s (variant %v)", path, pair.given, pair.surname, pair.alias, ok))
			}
		}
		hosts++
	}
	if cases == 0 {
		t.Fatal("no host articles found")
	}
	recall := float64(found) / float64(cases)
	precision := float64(hits) / float64(max(findings, 1))
	t.Logf("injection: %d OFAC variant pairs, %d host articles, %d changed articles, recall %.3f (%d/%d), precision %.3f (%d/%d findings)",
		len(pairs), hosts, cases, recall, found, cases, precision, hits, findings)
	if os.Getenv("NAMES_SHOW") != "" {
		t.Log("misses:\n" + strings.Join(misses, "\n"))
	}
	if recall < 0.75 || precision < 0.8 {
		t.Errorf("recall %.3f, precision %.3f: below the floors (0.75, 0.8; targets 0.85, 0.90)", recall, precision)
	}
}

// host is a person an article names in full and then by surname alone.
type host struct {
	first, last string
}

var fullNameRe = regexp.MustCompile(`\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b`)

// findHost picks the first person named in full in the body and referred
// to again by surname with a cue that it is a person ("Mr Smith", "Smith
// said"), whose surname no one else in the article shares.
func findHost(text string) (host, bool) {
	_, body, _ := strings.Cut(text, "\n")
	for _, m := range fullNameRe.FindAllStringSubmatch(body, -1) {
		h := host{m[1], m[2]}
		if !notGiven[h.first] && personCue(text, h) {
			return h, true
		}
	}
	return host{}, false
}

// notGiven are capitalised words before a surname that are not a first name.
var notGiven = set(`General President Prime Minister Chancellor Secretary Mr Mrs Ms Dr Sir Lord
	Lady Saint St King Queen Prince Pope Judge Senator Governor Captain Coach Manager`)

var prevWordRe = regexp.MustCompile(`([A-Za-z]+) $`)

// occurrences returns the offsets of h.last as a word, and whether each is
// part of the full name.
func occurrences(text string, h host) (at []int, full []bool, ok bool) {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(h.last) + `\b`)
	for _, loc := range re.FindAllStringIndex(text, -1) {
		prev := prevWordRe.FindStringSubmatch(text[max(0, loc[0]-20):loc[0]])
		isFull := prev != nil && prev[1] == h.first
		if prev != nil && !isFull && prev[1] != "Mr" && prev[1] != "Mrs" && prev[1] != "Ms" && prev[1] != "Dr" &&
			prev[1][0] >= 'A' && prev[1][0] <= 'Z' {
			return nil, nil, false // another person of that surname, or part of a longer name
		}
		at, full = append(at, loc[0]), append(full, isFull)
	}
	return at, full, true
}

var nextNameRe = regexp.MustCompile(`^ [A-Z]`)

func followedByName(after string) bool { return nextNameRe.MatchString(after) }

func personCue(text string, h host) bool {
	at, full, ok := occurrences(text, h)
	if !ok || len(at) < 2 || !full[0] {
		return false
	}
	for i, a := range at[1:] {
		if full[i+1] {
			continue
		}
		before, after := text[max(0, a-4):a], text[a+len(h.last):]
		if strings.HasSuffix(before, "Mr ") || strings.HasSuffix(before, "Ms ") || strings.HasSuffix(before, "Mrs ") ||
			strings.HasPrefix(after, " said") || strings.HasPrefix(after, " says") || strings.HasPrefix(after, " told") {
			return true
		}
	}
	return false
}

// inject puts the OFAC person in the host's place and writes the first
// later surname-only reference with the alias; it returns the new text and
// the alias's offset.
func inject(text string, h host, p ofacPair) (string, int) {
	at, full, _ := occurrences(text, h)
	var b strings.Builder
	last, aliasAt, done := 0, -1, false
	for i, a := range at {
		start, repl := a, p.surname
		if full[i] {
			start, repl = a-len(h.first)-1, p.given+" "+p.surname
		} else if !done && !followedByName(text[a+len(h.last):]) {
			repl, done = p.alias, true // a reference, not part of "Green Group"
		}
		b.WriteString(text[last:start])
		if repl == p.alias && aliasAt < 0 {
			aliasAt = b.Len()
		}
		b.WriteString(repl)
		last = a + len(h.last)
	}
	b.WriteString(text[last:])
	if aliasAt < 0 {
		return text, -1
	}
	return b.String(), aliasAt
}
