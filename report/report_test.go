package report

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
	"github.com/copydesk/copydesk/rules/ruletest"
)

func render(t *testing.T, res *engine.Result, opts Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, res, opts); err != nil {
		t.Fatal(err)
	}
	// The SARIF base is this machine's working folder; goldens must not be.
	return strings.ReplaceAll(b.String(), dirURI(opts.BaseDir), "file:///SRCROOT/")
}

// TestGolden renders the fixture in every format; run with -update to
// rewrite testdata/, then review the diff.
func TestGolden(t *testing.T) {
	res := fixture(t)
	base := Options{BaseDir: ".", ToolVersion: "0.0.0-test"}
	cases := []struct {
		file string
		opts func(Options) Options
	}{
		{"report.txt", func(o Options) Options { o.Format = "text"; return o }},
		{"report.color.txt", func(o Options) Options { o.Format = "text"; o.Color = true; return o }},
		{"report.json", func(o Options) Options { o.Format = "json"; return o }},
		{"report.sarif", func(o Options) Options { o.Format = "sarif"; return o }},
		{"report.github.txt", func(o Options) Options { o.Format = "github"; return o }},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			ruletest.Golden(t, filepath.Join("testdata", c.file), render(t, res, c.opts(base)))
		})
	}
	t.Run("report.diff", func(t *testing.T) {
		d, err := DiffFixes(res, false)
		if err != nil {
			t.Fatal(err)
		}
		ruletest.Golden(t, filepath.Join("testdata", "report.diff"), d)
	})
}

func TestRenderUnknownFormat(t *testing.T) {
	if err := Render(&bytes.Buffer{}, fixture(t), Options{Format: "xml"}); err == nil {
		t.Fatal("want an error for format xml")
	}
}

func TestTextNoFindings(t *testing.T) {
	res := &engine.Result{Articles: []*article.Article{parse(t, "x.txt", "Fine.\n")}}
	got := render(t, res, Options{})
	if got != "no findings in 1 file\n" {
		t.Errorf("got %q", got)
	}
}

func TestSummaryLine(t *testing.T) {
	got := summaryLine(Summary{Findings: 3, Errors: 1, Warnings: 2, Files: 2})
	if want := "3 findings (1 error, 2 warnings, 0 info) in 2 files"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestUnderline checks display widths: an emoji is two columns, an NFD
// accent none, a tab stays a tab so the marker lines up with the text.
func TestUnderline(t *testing.T) {
	cases := []struct {
		line       string
		from, to   int // runes
		text, mark string
	}{
		{"ab teh", 3, 6, "ab teh", "   ^~~"},
		{"📢 teh", 2, 5, "📢 teh", "   ^~~"},
		{"\tteh", 1, 4, "\tteh", "\t^~~"},
		{"cafe\u0301 x", 0, 5, "cafe\u0301 x", "^~~~"},
		{"漢字 x", 0, 2, "漢字 x", "^~~~"},
		{"end", 3, 3, "end", "   ^"},
		{strings.Repeat("a", 50) + "teh" + strings.Repeat("b", 50), 50, 53, "…" + strings.Repeat("a", 30) + "teh" + strings.Repeat("b", 5) + "…", strings.Repeat(" ", 31) + "^~~"},
	}
	for _, c := range cases {
		cells := excerptCells(nil, []byte(c.line), 0, len(c.line))
		text, mark := underline(cells, c.from, c.to, 40, false, false)
		if text != c.text || mark != c.mark {
			t.Errorf("underline(%q, %d, %d):\n got %q\n     %q\nwant %q\n     %q", c.line, c.from, c.to, text, mark, c.text, c.mark)
		}
	}
}

// TestSARIFOffsets checks columns and charOffset in UTF-16 units against an
// independent count: the emoji before "teh" is two units, one code point.
func TestSARIFOffsets(t *testing.T) {
	res := fixture(t)
	log := buildSARIF(res, Options{BaseDir: "."})
	first := log.Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	if first.StartLine != 3 || first.StartColumn != 27 || first.EndColumn != 30 || *first.CharOffset != 53 || *first.CharLength != 3 {
		t.Errorf("typo region = %+v (charOffset %d), want line 3, columns 27-30, charOffset 53, length 3", first, *first.CharOffset)
	}
	for i, r := range log.Runs[0].Results {
		f := res.Findings[i]
		src := res.Article(f.Path).Source
		reg := r.Locations[0].PhysicalLocation.Region
		wantOff := len(utf16.Encode([]rune(string(src[:f.Span.Start]))))
		wantLen := len(utf16.Encode([]rune(string(src[f.Span.Start:f.Span.End]))))
		if *reg.CharOffset != wantOff || *reg.CharLength != wantLen {
			t.Errorf("%s: charOffset/Length = %d/%d, want %d/%d", f.Rule, *reg.CharOffset, *reg.CharLength, wantOff, wantLen)
		}
		if reg.ByteOffset != f.Span.Start || reg.ByteLength != f.Span.Len() {
			t.Errorf("%s: byte region %d+%d, want %d+%d", f.Rule, reg.ByteOffset, reg.ByteLength, f.Span.Start, f.Span.Len())
		}
	}
}

// TestSARIFByteOrderMark: a BOM is not text, so it moves neither columns nor
// charOffset, while byteOffset still counts its three bytes.
func TestSARIFByteOrderMark(t *testing.T) {
	src := "\ufeff📢 teh\n"
	a := parse(t, "bom.txt", src)
	s := spanOf(t, src, "teh", 0)
	res := &engine.Result{Articles: []*article.Article{a},
		Findings: []rules.Finding{{Rule: "typo", Severity: rules.Error, Path: "bom.txt", Span: s, Message: "m"}}}
	reg := buildSARIF(res, Options{}).Runs[0].Results[0].Locations[0].PhysicalLocation.Region
	if reg.StartColumn != 4 || *reg.CharOffset != 3 || reg.ByteOffset != 8 {
		t.Errorf("region %+v, charOffset %d; want column 4, charOffset 3, byteOffset 8", reg, *reg.CharOffset)
	}
}

// TestSARIFSchema validates the fixture's log against the official schema
// in ../shared/sarif, where that folder exists.
func TestSARIFSchema(t *testing.T) {
	schema := corpustest.Shared(t, "sarif", "sarif-schema-2.1.0.json")
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile(schema)
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range []*engine.Result{fixture(t), {}} {
		var b bytes.Buffer
		if err := SARIF(&b, res, Options{BaseDir: ".", ToolVersion: "1.2.3"}); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(&b)
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("SARIF log is not valid:\n%v", err)
		}
	}
}

// TestSARIFURIs: relative, forward slashes, percent-encoded; stdin too.
func TestSARIFURIs(t *testing.T) {
	b := &sarifBuilder{opts: Options{BaseDir: "."}}
	for path, want := range map[string]string{
		"news/a.txt":           "news/a.txt",
		"news/my story #1.txt": "news/my%20story%20%231.txt",
		"-":                    "-",
		"<stdin>":              "%3Cstdin%3E",
		"a:b.md":               "a%3Ab.md",
		"./x/../café.md":       "caf%C3%A9.md",
	} {
		if got := b.artifact(path); got.URI != want || got.URIBaseID != SARIFBaseID {
			t.Errorf("artifact(%q) = %+v, want uri %q", path, got, want)
		}
	}
}

// TestFingerprintsSurviveEdits: adding a line above the findings changes
// their lines, not their fingerprints; the two "teh" differ by occurrence.
func TestFingerprintsSurviveEdits(t *testing.T) {
	res := fixture(t)
	before := fingerprints(res)
	if before[0] == before[3] {
		t.Error("two occurrences of one key share a fingerprint")
	}
	shifted := *res
	shifted.Findings = nil
	for _, f := range res.Findings {
		f.Span.Start += 10
		f.Span.End += 10
		shifted.Findings = append(shifted.Findings, f)
	}
	after := fingerprints(&shifted)
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("finding %d: fingerprint changed with its position", i)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	src := "a\n"
	res := &engine.Result{Articles: []*article.Article{parse(t, "d,1:x.txt", src)},
		Findings: []rules.Finding{{Rule: "r", Severity: rules.Info, Path: "d,1:x.txt",
			Span: article.Span{Start: 0, End: 1}, Message: "100% wrong\r\nsecond line"}}}
	got := render(t, res, Options{Format: "github"})
	want := "::notice file=d%2C1%3Ax.txt,line=1,col=1,endLine=1,endColumn=2,title=r::100%25 wrong%0D%0Asecond line\n"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestJSONShape(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal([]byte(render(t, fixture(t), Options{Format: "json"})), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "tool", "findings", "warnings", "summary"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("no %q key", k)
		}
	}
	empty := render(t, &engine.Result{}, Options{Format: "json"})
	if !strings.Contains(empty, `"findings": []`) || !strings.Contains(empty, `"warnings": []`) {
		t.Errorf("empty lists must be [], got:\n%s", empty)
	}
}

// TestDiffGitApply applies DiffFixes's output and Diff's edge cases with
// git apply, and checks the files come out as rules.Apply makes them.
func TestDiffGitApply(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not found; skipping")
	}
	res := fixture(t)
	d, err := DiffFixes(res, true)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][2]string{}
	for _, a := range res.Articles {
		edits := rules.SafeEdits(findingsOf(res, a.Path), true)
		fixed, err := rules.Apply(a.Source, edits)
		if err != nil {
			t.Fatal(err)
		}
		files[a.Path] = [2]string{string(a.Source), string(fixed)}
	}
	gitApply(t, "fixes", files, d)

	for name, c := range map[string][2]string{
		"lose-final-newline.txt": {"a\nb\nc\n", "a\nb\nc"},
		"gain-final-newline.txt": {"a\nb\nc", "a\nb\nc\n"},
		"no-newline-both.txt":    {"1\n2\n3\n4\n5\n6\n7\n8\n9\nx", "1\n2\nthree\n4\n5\n6\n7\n8\n9\ny"},
		"crlf.txt":               {"one\r\ntwo\r\nthree\r\n", "one\r\nthree\r\n"},
		"to-empty.txt":           {"gone\n", ""},
		"from-empty.txt":         {"", "new\n"},
		"two-hunks.txt":          {"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n"},
	} {
		t.Run(name, func(t *testing.T) {
			gitApply(t, name, map[string][2]string{name: c}, Diff(name, []byte(c[0]), []byte(c[1])))
		})
	}
}

func findingsOf(res *engine.Result, path string) []rules.Finding {
	var fs []rules.Finding
	for _, f := range res.Findings {
		if f.Path == path {
			fs = append(fs, f)
		}
	}
	return fs
}

// gitApply writes the old files into a temp folder, runs git apply --check
// and git apply on the patch, and compares the results with the new files.
func gitApply(t *testing.T, name string, files map[string][2]string, patch string) {
	t.Helper()
	dir := t.TempDir()
	for path, c := range files {
		p := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(c[0]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pf := filepath.Join(dir, "fix.patch")
	if err := os.WriteFile(pf, []byte(patch), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"apply", "--check", "fix.patch"}, {"apply", "fix.patch"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: git %s: %v\n%s\npatch:\n%s", name, strings.Join(args, " "), err, out, patch)
		}
	}
	for path, c := range files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c[1] {
			t.Errorf("%s: after git apply:\n%q\nwant\n%q\npatch:\n%s", path, got, c[1], patch)
		}
	}
}

func TestDiffEqual(t *testing.T) {
	if d := Diff("x", []byte("same\n"), []byte("same\n")); d != "" {
		t.Errorf("equal inputs gave %q", d)
	}
}

// TestTextByteOrderMark: the BOM is neither shown nor counted, and a CRLF
// line shows without its "\r".
func TestTextByteOrderMark(t *testing.T) {
	src := "\ufeffSay teh word.\r\nNext.\r\n"
	res := &engine.Result{Articles: []*article.Article{parse(t, "bom.txt", src)},
		Findings: []rules.Finding{{Rule: "typo", Severity: rules.Error, Path: "bom.txt", Span: spanOf(t, src, "teh", 0), Message: "m"}}}
	want := "bom.txt:1:5: error: m [typo]\n" +
		"    1 | Say teh word.\n" +
		"      |     ^~~\n" +
		"1 finding (1 error, 0 warnings, 0 info) in 1 file\n"
	if got := render(t, res, Options{}); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// buildSARIF renders res as SARIF and reads the log back.
func buildSARIF(res *engine.Result, opts Options) sarifLog {
	var buf bytes.Buffer
	if err := SARIF(&buf, res, opts); err != nil {
		panic(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		panic(err)
	}
	return log
}
