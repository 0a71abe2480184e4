package report

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// encoderJSON is what encoding/json's Encoder writes of v, as the report
// set it up before indentedJSON: indented under prefix, HTML unescaped, no
// final newline.
func encoderJSON(t testing.TB, v any, prefix string) string {
	t.Helper()
	var b bytes.Buffer
	if err := writeIndented(&b, v, prefix); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// awkward are strings that every escape of encoding/json meets.
var awkward = []string{
	"", "plain", `"quoted" \ back\slash`, "<b>&amp;</b>", "tab\there\r\nline",
	"\x00\x01\x08\x0c\x1b\x1f\x7f", "caf\u00e9 “curly” 👍🏽", "\u2028\u2029", "bad \xff\xfe byte", "\xe2\x80",
	"ends in half a character \xf0\x9f",
}

func TestAppendJSONString(t *testing.T) {
	cases := append([]string(nil), awkward...)
	for b := range 256 {
		cases = append(cases, string([]byte{byte(b)}), "a"+string([]byte{byte(b)})+"z")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", " ", "\"", "\\", "\n", "\x01", "é", "\u2028", "\xff", "\xe2\x80", "👍", "<", "\x7f"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		want := encoderJSON(t, s, "")
		if got := string(appendJSONString(nil, s)); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

// TestIndentedJSON holds the hand-written finding to the encoder's bytes,
// with every field set: a field added to jsonFinding and not written
// fails here.
func TestIndentedJSON(t *testing.T) {
	pos := func(n int) jsonPos { return jsonPos{Offset: n, Line: n + 1, Column: n + 2, UTF16Column: n + 3} }
	findings := []jsonFinding{
		{Rule: "typo", Severity: "warning", Path: "a.txt", Message: "bare", Start: pos(1), End: pos(2),
			Related: []jsonRelated{}, Fixes: []jsonFix{}, Fingerprint: "f"},
		{Rule: awkward[2], Severity: awkward[3], Path: awkward[4], Message: awkward[5], Start: pos(10), End: pos(20),
			Text: awkward[6], Fingerprint: awkward[7],
			Related: []jsonRelated{
				{Path: "b.md", Message: awkward[8], Start: pos(3), End: pos(4)},
				{Path: "c.html", Message: "second", Start: pos(5), End: pos(6)},
			},
			Fixes: []jsonFix{
				{Message: "none to make", Safe: false, Edits: []jsonEdit{}},
				{Message: "replace", Safe: true, Edits: []jsonEdit{
					{Start: pos(7), End: pos(8), NewText: awkward[9]},
					{Start: pos(9), End: pos(9), NewText: ""},
				}},
			}},
	}
	var j indentedJSON
	for _, f := range findings {
		for _, prefix := range []string{"", "    "} {
			j.reset(prefix)
			j.finding(&f)
			if got, want := string(j.buf), encoderJSON(t, f, prefix); got != want {
				t.Errorf("prefix %q:\ngot:\n%s\nwant:\n%s", prefix, got, want)
			}
		}
	}
}
