package all

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// TestFrontMatterCorpus puts each BBC article's headline and first
// paragraph into YAML front matter (double-quoted, single-quoted or plain,
// in turn, escaped as YAML needs) and checks, on real headlines:
//
//   - each is read back exactly: its paragraph's Text is the headline;
//
//   - findings reach the front matter only when its fields are read (the
//     count with front_matter_fields: [] is the "before");
//
//   - every fix applied (the first of each finding, safe or not) leaves
//     front matter that a YAML parser reads, with the same keys, all strings.
//
//     go test ./rules/all -run TestFrontMatterCorpus -v
func TestFrontMatterCorpus(t *testing.T) {
	arts := corpustest.BBC(t)
	cfg, err := config.Load("")
	if err != nil {
		t.Fatal(err)
	}
	rcs, err := cfg.Resolve(List())
	if err != nil {
		t.Fatal(err)
	}
	srcs := map[string][]byte{}
	var inputs []engine.Input
	for i, a := range arts {
		src, headline := withFrontMatter(a.Src, i%3)
		path := fmt.Sprintf("%s.md", a.Path)
		srcs[path] = src
		inputs = append(inputs, engine.Input{Path: path, Format: article.Markdown,
			Read: func() ([]byte, error) { return src, nil }})
		art, err := article.Parse(path, article.Markdown, src)
		if err != nil {
			t.Fatal(err)
		}
		if len(art.Paragraphs) == 0 || art.Paragraphs[0].Text != headline || art.Paragraphs[0].Kind != article.Heading {
			t.Fatalf("%s: headline %q read as %q", path, headline, art.Paragraphs[0].Text)
		}
	}
	byRule := map[string]int{}
	inFrontMatter := func(fs []rules.Finding) (n int) {
		clear(byRule)
		for _, f := range fs {
			if f.Span.Start < bytes.Index(srcs[f.Path][4:], []byte("\n---\n"))+4 {
				n++
				byRule[f.Rule]++
			}
		}
		return n
	}
	run := func(fields []string) *engine.Result {
		e := &engine.Engine{Rules: rcs, Language: "en-GB", Article: article.Options{Fields: fields}}
		res, err := e.Run(inputs)
		if err != nil || len(res.Errors) > 0 {
			t.Fatalf("run: %v %v", err, res.Errors)
		}
		return res
	}
	before, after := run([]string{}), run(nil)
	nb, na := inFrontMatter(before.Findings), inFrontMatter(after.Findings)
	t.Logf("%d articles: findings in front matter %d with no fields read, %d with the defaults %v (of %d and %d in all)",
		len(arts), nb, na, byRule, len(before.Findings), len(after.Findings))
	if nb != 0 {
		t.Errorf("%d findings in front matter that is not read", nb)
	}
	if na == 0 {
		t.Error("no finding in front matter that is read: the fields were not checked")
	}
	fixed := checkFixedFrontMatter(t, after.Findings, srcs)
	t.Logf("%d files with a fix in their front matter; every one still parses as YAML with its keys", fixed)
	if fixed == 0 {
		t.Error("no fix reached the front matter: nothing tested that a fix keeps it YAML")
	}
}

// withFrontMatter turns a BBC article (headline on its first line) into
// Markdown with the headline as title and the first paragraph as
// description, written in the YAML style given (0 double-quoted, 1 single-
// quoted, 2 plain where YAML allows it, else double-quoted).
func withFrontMatter(src []byte, style int) (md []byte, headline string) {
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
	headline = strings.TrimSpace(lines[0])
	var paras []string
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	desc := ""
	if len(paras) > 0 {
		desc, paras = paras[0], paras[1:]
	}
	double := func(s string) string { return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"` }
	single := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	write := double
	switch {
	case style == 1:
		write = single
	case style == 2:
		write = func(s string) string {
			if w, ok := article.YAMLPlain.Escape(s); ok && strings.TrimSpace(s) != "" {
				return w
			}
			return double(s)
		}
	}
	fm := "---\ntitle: " + write(headline) + "\ndescription: " + write(desc) + "\nauthor: \"BBC: staff\"\n---\n\n"
	return []byte(fm + strings.Join(paras, "\n\n") + "\n"), headline
}

// checkFixedFrontMatter applies the first fix of every finding to its file
// and checks that the front matter still parses with its keys, all strings;
// it returns how many files had a fix there.
func checkFixedFrontMatter(t *testing.T, fs []rules.Finding, srcs map[string][]byte) int {
	byPath := map[string][]rules.Finding{}
	for _, f := range fs {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	n := 0
	for path, fs := range byPath {
		src := srcs[path]
		out, err := rules.Apply(src, rules.SafeEdits(fs, true))
		if err != nil {
			t.Fatal(err)
		}
		end := bytes.Index(src[4:], []byte("\n---\n")) + 4
		oend := bytes.Index(out[4:], []byte("\n---\n")) + 4
		if bytes.Equal(src[:end], out[:oend]) {
			continue
		}
		n++
		var m map[string]any
		if err := yaml.Unmarshal(out[4:oend], &m); err != nil {
			t.Errorf("%s: front matter broken by fixes: %v\n%s", path, err, out[:oend])
			continue
		}
		for _, k := range []string{"title", "description", "author"} {
			if _, ok := m[k].(string); !ok {
				t.Errorf("%s: %s is %#v after fixes", path, k, m[k])
			}
		}
	}
	return n
}
