package ruletest

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
)

// Damage is one kind of defect a measurement injects into a clean article.
// Inject returns the damaged text, the byte range of the damage in it, the
// text a perfect safe fix would restore ("" when none should) and ok false
// where the article offers no place for it.
type Damage struct {
	Kind   string
	Rule   string
	Inject func(src string, rng *rand.Rand) (out string, at [2]int, restored string, ok bool)
	// NotHTML keeps the damage out of the HTML copies (a run of spaces,
	// say, which HTML shows as one).
	NotHTML bool
}

// Pick returns a random match of re in the body of a BBC-style article
// (after the headline line), outside any HTML tag; ok is false when there
// is none.
func Pick(re *regexp.Regexp, src string, rng *rand.Rand) (m []int, ok bool) {
	body := strings.Index(src, "\n") + 1
	ms := re.FindAllStringIndex(src[body:], -1)
	if len(ms) == 0 || body == 0 {
		return nil, false
	}
	at := ms[rng.IntN(len(ms))]
	start := at[0] + body
	if strings.LastIndex(src[:start], "<") > strings.LastIndex(src[:start], ">") {
		return nil, false // inside an HTML tag: not prose
	}
	return []int{start, at[1] + body}, true
}

// Splice replaces src[i:j] with s and returns the result and where s stands in it.
func Splice(src string, i, j int, s string) (string, [2]int) {
	return src[:i] + s + src[j:], [2]int{i, i + len(s)}
}

// CheckAll runs several rules together on one file and returns their findings.
func CheckAll(t testing.TB, rs []*rules.Rule, name string, src []byte) []rules.Finding {
	t.Helper()
	fs, _ := Check(t, rs[0], name, src, Options{Extra: rs[1:]})
	return fs
}

// GoldenDir runs rules together on every article in dir and compares the
// findings with each one's .golden file (go test -update rewrites them).
func GoldenDir(t *testing.T, rs []*rules.Rule, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	articles := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") || strings.HasSuffix(f, ".list") {
			continue
		}
		articles++
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			fs, art := Check(t, rs[0], filepath.Base(f), src, Options{Extra: rs[1:]})
			Golden(t, f+".golden", Format(fs, art))
		})
	}
	if articles == 0 {
		t.Fatalf("no articles in %s to compare with golden files", dir)
	}
}

// MeasureBBC measures rules on the BBC articles: false alarms on the
// untouched articles (findings listed in the confirmed file, checked by hand
// and found real, are counted apart), and recall on the damages injected
// (one case of each kind per article where it has a place for it; every
// tenth article also as HTML and Markdown). It skips without the corpus
// (fails under CI) and in -short mode, and fails on more than 0.02 false
// alarms per article per rule or recall under 0.9 for a kind with 50 cases
// or more.
func MeasureBBC(t *testing.T, rs []*rules.Rule, damages []Damage, confirmedList string, seed uint64) {
	files := corpustest.BBC(t)
	known := confirmed(t, confirmedList)
	alarms, genuine := map[string]int{}, map[string]int{}
	rng := rand.New(rand.NewPCG(seed, seed+4))
	tally := recall{rules: rs}
	for _, f := range files {
		rel, src := f.Path, f.Src
		for _, fd := range CheckAll(t, rs, rel, src) {
			key := fmt.Sprintf("%s %s %d", rel, fd.Rule, 1+strings.Count(string(src[:fd.Span.Start]), "\n"))
			if known[key] {
				genuine[fd.Rule]++
				continue
			}
			alarms[fd.Rule]++
			t.Logf("false alarm? %s: %s", key, fd.Message)
		}
		for _, d := range damages {
			tally.try(t, d, rel, string(src), rng)
		}
		if strings.HasSuffix(rel, "5.txt") { // every tenth article, in markup too
			for _, d := range damages {
				if !d.NotHTML {
					tally.try(t, d, strings.TrimSuffix(rel, ".txt")+".html", asHTML(string(src)), rng)
				}
				tally.try(t, d, strings.TrimSuffix(rel, ".txt")+".md", "# "+string(src), rng)
			}
		}
	}
	for _, r := range rs {
		rate := float64(alarms[r.ID]) / float64(len(files))
		t.Logf("%-22s untouched BBC articles: %d false alarms in %d articles (%.4f per article), %d confirmed real findings",
			r.ID, alarms[r.ID], len(files), rate, genuine[r.ID])
		if rate > 0.02 {
			t.Errorf("%s: too many false alarms (%.4f per article)", r.ID, rate)
		}
	}
	tally.log(t)
}

// confirmed reads a list such as testdata/bbc-confirmed.list: the findings on the untouched
// BBC articles checked by hand and found real ("path rule line" first on
// each line). They are listed, not counted as false alarms.
func confirmed(t *testing.T, path string) map[string]bool {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]bool{}
	for sc := bufio.NewScanner(f); sc.Scan(); {
		if fs := strings.Fields(sc.Text()); len(fs) >= 3 && !strings.HasPrefix(fs[0], "#") {
			m[strings.Join(fs[:3], " ")] = true
		}
	}
	return m
}

// recall counts, per kind of damage, the cases found and the safe fixes
// that restored the text exactly.
type recall struct {
	rules []*rules.Rule
	cases map[string]*[4]int // found, total, restored, restorable
}

func (rc *recall) try(t *testing.T, d Damage, name, src string, rng *rand.Rand) {
	out, at, restored, ok := d.Inject(src, rng)
	if !ok {
		return
	}
	if rc.cases == nil {
		rc.cases = map[string]*[4]int{}
	}
	kind := d.Kind
	if ext := filepath.Ext(name); ext != ".txt" {
		kind += " [" + ext[1:] + "]"
	}
	c := rc.cases[kind]
	if c == nil {
		c = &[4]int{}
		rc.cases[kind] = c
	}
	c[1]++
	fs := CheckAll(t, rc.rules, name, []byte(out))
	var hit []rules.Finding
	for _, f := range fs {
		if f.Rule == d.Rule && f.Span.Start < at[1] && at[0] < f.Span.End {
			hit = append(hit, f)
		}
	}
	if len(hit) == 0 {
		if testing.Verbose() {
			t.Logf("missed %s in %s: %q", d.Kind, name, out[max(0, at[0]-20):min(len(out), at[1]+20)])
		}
		return
	}
	c[0]++
	if restored == "" {
		return
	}
	c[3]++
	fixed, err := rules.Apply([]byte(out), rules.SafeEdits(hit, false))
	if err == nil && string(fixed) == restored {
		c[2]++
	}
}

func (rc *recall) log(t *testing.T) {
	kinds := make([]string, 0, len(rc.cases))
	total := 0
	for k, c := range rc.cases {
		kinds = append(kinds, k)
		total += c[1]
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		c := rc.cases[k]
		t.Logf("recall, %-34s %4d/%4d = %.3f; safe fix restores the text: %d/%d", k+":", c[0], c[1], float64(c[0])/float64(c[1]), c[2], c[3])
		if c[1] >= 50 && float64(c[0]) < 0.9*float64(c[1]) {
			t.Errorf("%s: recall below 0.9", k)
		}
	}
	if total < 200 {
		t.Errorf("only %d injected cases", total)
	}
}

// asHTML writes a BBC article (headline, blank line, paragraphs separated by
// blank lines) as HTML, so that damage can be injected into the prose of a
// marked-up page.
func asHTML(src string) string {
	src = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(src)
	paras := strings.Split(strings.TrimSpace(src), "\n\n")
	var b strings.Builder
	b.WriteString("<html><body>\n<h1>" + paras[0] + "</h1>\n")
	for _, p := range paras[1:] {
		b.WriteString("<p>" + p + "</p>\n\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}
