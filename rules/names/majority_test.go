package names

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestMajority: when the full mention is the odd spelling, the article's
// majority decides and the full mention is reported.
func TestMajority(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Council votes\n\nMaria Gonzales, the treasurer, presented the budget.\n\nGonzalez said the plan would work.\n\nCouncillors questioned Gonzalez for an hour.\n", "Gonzales"},
		{"Talks resume\n\nVolodymyr Zelenskyy spoke in Kyiv on Monday.\n\nZelensky said the talks would resume.\n\nOfficials close to Zelensky agreed.\n", "Zelenskyy"},
	} {
		fs, _ := ruletest.Check(t, Rule, "m.txt", []byte(c.src), ruletest.Options{})
		if len(fs) != 1 || c.src[fs[0].Span.Start:fs[0].Span.End] != c.want || !strings.Contains(fs[0].Message, "most mentions") {
			t.Errorf("%q: got %v, want %q reported as the minority", c.src, fs, c.want)
		}
	}
}
