package all

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestRulesForgetEarlierArticles: the rules that reuse an article's memory
// for the next (pooled analyses, work areas, scratch) find in a short
// article exactly what they found in it before a long one was checked:
// nothing of the long article is left in what they reuse. The long one is
// the example article three times over (names, quotations, a pasted
// half); the short one has a little of each, its pasted paragraph with a
// word changed (found through the shingle index, not as an exact copy).
func TestRulesForgetEarlierArticles(t *testing.T) {
	example, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	long := []byte(strings.Repeat(string(example)+"\n\n", 3))
	// the short article also has the long one's longest paragraph, once:
	// what a rule kept of the long article would meet it again
	var shared string
	for _, p := range strings.Split(string(example), "\n\n") {
		if len(p) > len(shared) {
			shared = p
		}
	}
	short := []byte(shared + "\n\n" + "Ali Khamenei spoke on Monday. Mr Khamenai left.\n\n" +
		"\"We will not stop,\" it read. The \"peace\" plan was dead.\n\n" +
		"The goverment said on Tuesday that the peace plan for the region was dead, and that talks would end.\n\n" +
		"The goverment said on Tuesday that the peace plan for the region was over, and that talks would end.\n")
	longFound := 0
	for _, r := range List() {
		before, _ := ruletest.Check(t, r, "short.txt", short, ruletest.Options{})
		fs, _ := ruletest.Check(t, r, "long.txt", long, ruletest.Options{})
		longFound += len(fs)
		after, _ := ruletest.Check(t, r, "short.txt", short, ruletest.Options{})
		if b, a := ruletest.Format(before), ruletest.Format(after); b != a {
			t.Errorf("%s: the short article after the long one:\n%s\nbefore it:\n%s", r.ID, a, b)
		}
	}
	if longFound < 10 {
		t.Errorf("the long article gave only %d findings: too little memory was used to test its reuse", longFound)
	}
}
