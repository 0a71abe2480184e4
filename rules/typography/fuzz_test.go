package typography

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// FuzzHygiene runs every typography and character rule on arbitrary text in
// each format: no panics, findings inside the file, and safe fixes that
// apply and, applied again after a re-check, leave the text stable.
func FuzzHygiene(f *testing.F) {
	for _, tc := range unitCases {
		f.Add(tc.src, tc.file)
	}
	f.Add("Kiеv â€™ Cafe\u0301 \u200B \xA3 the the  , -- – —", "a.txt")
	f.Fuzz(func(t *testing.T, src, name string) {
		switch name {
		case "a.txt", "a.md", "a.html":
		default:
			name = "a.txt"
		}
		fs, _ := ruletest.Check(t, hygiene[0], name, []byte(src), ruletest.Options{Extra: hygiene[1:], Fuzz: true})
		for _, fd := range fs {
			if fd.Span.Start < 0 || fd.Span.End > len(src) || fd.Span.End < fd.Span.Start {
				t.Fatalf("%s: span %v outside %d bytes", fd.Rule, fd.Span, len(src))
			}
		}
		if _, err := rules.Apply([]byte(src), rules.SafeEdits(fs, false)); err != nil {
			t.Fatal(err)
		}
	})
}
