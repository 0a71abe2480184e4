package typo

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// FuzzRule checks that on any input every finding lies inside the file on
// a word boundary, that its fixes replace exactly its span, and that
// applying them changes nothing outside it.
//
//	go test ./rules/typo/ -run XXX -fuzz FuzzRule -fuzztime 30s
func FuzzRule(f *testing.F) {
	for _, s := range []string{
		"The goverment said it would recieve teh report.",
		"Relations with Britian, the governmnet’s plan [sic] and https://exampel.com.",
		"Caf\u0065\u0301 colour\r\ncolor centre 5km NATO al-Sudani’s well-knwon",
		"“Wtih respect,” he said. Their was no reason to loose hope.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		fs, _ := ruletest.Check(t, Rule, "f.txt", src, ruletest.Options{Language: "en-GB", Fuzz: true})
		for _, x := range fs {
			if x.Span.Start < 0 || x.Span.End > len(src) || x.Span.Start >= x.Span.End {
				t.Fatalf("span %v outside %d bytes", x.Span, len(src))
			}
			if x.Key != strings.ToLower(x.Key) {
				t.Fatalf("key %q is not lower case", x.Key)
			}
			for _, fx := range x.Fixes {
				if len(fx.Edits) != 1 || fx.Edits[0].Span != x.Span {
					t.Fatalf("fix %+v does not replace the finding's span %v", fx, x.Span)
				}
				out, err := rules.Apply(src, fx.Edits)
				if err != nil {
					t.Fatal(err)
				}
				e := fx.Edits[0]
				if string(out[:e.Span.Start]) != string(src[:e.Span.Start]) || string(out[e.Span.Start+len(e.New):]) != string(src[e.Span.End:]) {
					t.Fatalf("applying %+v changed bytes outside it", e)
				}
			}
		}
	})
}
