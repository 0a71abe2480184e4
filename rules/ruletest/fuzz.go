package ruletest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// FuzzSeeds are small articles to seed a rule's fuzz target with, one of
// each kind of input a newsroom sends: plain text, Markdown, HTML, CRLF line
// ends, a byte-order mark, and bytes that are not UTF-8 (a Windows-1252 "£").
// The rule's own seeds go beside them.
var FuzzSeeds = []struct {
	Name string
	Src  string
}{
	{"plain.txt", "The council met on Monday.\n\nThe council met on Monday.\n\n“We will act,” said Jane Smith."},
	{"doc.md", "# Budget\n\nThe *council* met. [Jane Smith](http://x) said: \"no\".\n\n> The council met.\n\n`code` here\n\nThe *council* met."},
	{"page.html", "<p>The council met.</p><!-- copydesk-disable dupe --><p>The <b>council</b> met.</p><p>&ldquo;Yes,&rdquo; she said.</p>"},
	{"crlf.txt", "Mr Smith said \"yes\".\r\n\r\nMr Smith said \"yes\".\r\n"},
	{"bom.md", "\uFEFF# Title\n\n‘Quoted’ text by Ms Smyth and Ms Smith.\n"},
	{"latin1.txt", "It cost \xa35 and caf\xe9 \xe2\x80 was shut.\n\nIt cost \xa35 and caf\xe9 was shut.\n"},
	// headlines and standfirsts in metadata, where fixes must keep the quoting
	{"front.md", "---\ntitle: \"Council \\\"met\\\" - the the Smyth  vote\"\ndescription: 'It''s over , Ms Smith said'\nsummary: Plain  text - here\n---\n\nThe council met. Ms Smith said it\u2019s over.\n"},
	{"head.html", "<title>Council met &amp; the the vote - Site</title><meta name=\"description\" content=\"It&#39;s &quot;over&quot; , Ms Smyth\"><p>Ms Smith said it\u2019s over.</p>"},
}

// AddFuzzSeeds seeds f with FuzzSeeds and with the articles matching
// each glob (a rule's testdata, the repository's example), as
// (src []byte, kind uint8) by their names' formats. A glob that matches no
// file fails: a seed corpus that silently shrank would test less.
func AddFuzzSeeds(f *testing.F, globs ...string) {
	f.Helper()
	for _, s := range FuzzSeeds {
		f.Add([]byte(s.Src), FuzzKind(s.Name))
	}
	for _, g := range globs {
		paths, err := filepath.Glob(g)
		if err != nil || len(paths) == 0 {
			f.Fatalf("seed files %s: none found (%v)", g, err)
		}
		for _, p := range paths {
			if strings.HasSuffix(p, ".golden") {
				continue
			}
			src, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src, FuzzKind(p))
		}
	}
}

// FuzzName is the file name a fuzz input is checked as: kind picks plain
// text, Markdown or HTML, so that one target covers the three readers.
func FuzzName(kind uint8) string {
	return [...]string{"f.txt", "f.md", "f.html"}[kind%3]
}

// FuzzKind is the kind FuzzName maps back to name's format.
func FuzzKind(name string) uint8 {
	switch f, _ := article.FormatOf(name); f {
	case article.Markdown:
		return 1
	case article.HTML:
		return 2
	}
	return 0
}

// CheckFuzz runs rule over files as CheckBatch does (which fails the test
// on any invalid finding, see checkValid), then applies every fix on its
// own and each file's safe fixes together (as `copydesk fix` would): each
// must apply, keep a UTF-8 file UTF-8 and leave a file the reader reads;
// the rule then runs on the fixed files, which must be valid too. Input
// the reader refuses as not text skips the call. It returns the result on
// files, for checks of the rule's own.
func CheckFuzz(t testing.TB, rule *rules.Rule, files map[string][]byte, o Options) *engine.Result {
	t.Helper()
	o.Fuzz = true
	res := CheckBatch(t, rule, files, o)
	byPath := map[string][]rules.Finding{}
	for _, f := range res.Findings {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	fixed := map[string][]byte{}
	for _, a := range res.Articles {
		src := a.Source
		for _, f := range byPath[a.Path] {
			for _, fx := range f.Fixes {
				checkApplied(t, a, fx.Edits, "fix "+fx.Message)
			}
		}
		fixed[a.Path] = checkApplied(t, a, rules.SafeEdits(byPath[a.Path], false), "the safe fixes")
		if fixed[a.Path] == nil {
			fixed[a.Path] = src
		}
	}
	if !t.Failed() {
		CheckBatch(t, rule, fixed, o) // the fixed text is input too
	}
	return res
}

// checkApplied applies edits to a's source and checks the result; it
// returns it, or nil on failure.
func checkApplied(t testing.TB, a *article.Article, edits []rules.Edit, what string) []byte {
	t.Helper()
	out, err := rules.Apply(a.Source, edits)
	if err != nil {
		t.Errorf("%s: %s: %v", a.Path, what, err)
		return nil
	}
	if utf8.Valid(a.Source) && !utf8.Valid(out) {
		t.Errorf("%s: %s made invalid UTF-8 of a UTF-8 file: %q → %q", a.Path, what, a.Source, out)
		return nil
	}
	if _, err := article.Parse(a.Path, a.Format, out); err != nil {
		t.Errorf("%s: %s made a file the reader refuses: %v (%q → %q)", a.Path, what, err, a.Source, out)
		return nil
	}
	return out
}
