package chars

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// TestInvalidUTF8File: the one BBC article that is not valid UTF-8 (a raw
// Latin-1 0xA3 for "£") gets a mojibake finding on that byte, whose fix,
// a guess about the encoding, is offered but not safe.
func TestInvalidUTF8File(t *testing.T) {
	path := corpustest.Dir(t, "bbc-fulltext", "sport", "199.txt")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fs, art := ruletest.Check(t, Mojibake, "sport/199.txt", src, ruletest.Options{})
	if len(fs) != 1 || !strings.Contains(fs[0].Message, "0xA3") || src[fs[0].Span.Start] != 0xA3 {
		t.Fatalf("want one finding on the 0xA3 byte, got:\n%s", ruletest.Format(fs, art))
	}
	if f := fs[0].Fixes; len(f) != 1 || f[0].Safe || f[0].Edits[0].New != "£" {
		t.Errorf("want one unsafe fix to £, got %+v", f)
	}
	t.Logf("%s", ruletest.Format(fs, art))
}

// TestOtherWarningsAreNotBadBytes: a file warning that is not about a bad
// byte (Markdown too deep to parse, here) gives no mojibake finding: the
// byte it points at is a valid ">".
func TestOtherWarningsAreNotBadBytes(t *testing.T) {
	src := []byte(strings.Repeat("> ", 120) + "deep words\n")
	fs, a := ruletest.Check(t, Mojibake, "deep.md", src, ruletest.Options{})
	if len(a.Warnings) == 0 {
		t.Fatal("no depth warning: the test no longer tests anything")
	}
	if len(fs) != 0 {
		t.Errorf("findings %+v on a file whose bytes are all valid UTF-8", fs)
	}
}
