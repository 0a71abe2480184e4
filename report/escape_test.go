package report

import (
	"bufio"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// Hostile text, as an article, a file name or a rule's message might carry
// it: terminal escapes (colour, OSC title, bell), a NUL, DEL, a C1 control,
// bidi overrides, a line separator, and GitHub workflow commands.
const (
	hostilePath = "evil\nnews/x.txt:1:1: error: fake finding [typo]\x1b[2J.txt"
	hostileSrc  = "::error file=a,line=1::owned teh\n" +
		"Tab\there \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m teh ##[error]boom\n" +
		"NUL\x00 DEL\x7f C1\u009b bidi\u202eevil\u202c sep\u2028line teh\n"
	hostileMsg = "'teh' \x1b[5mblinks\x1b[0m\r\n::warning::again ##[group]x"
)

func hostileResult(t *testing.T) *engine.Result {
	t.Helper()
	a := parse(t, hostilePath, hostileSrc)
	var fs []rules.Finding
	for i := range 3 {
		s := spanOf(t, hostileSrc, "teh", i)
		fs = append(fs, rules.Finding{Rule: "typo", Severity: rules.Error, Path: hostilePath, Span: s, Key: "teh",
			Message: hostileMsg,
			Related: []rules.Related{{Span: s, Message: "see \x1b[1mhere\x07"}},
			Fixes: []rules.Fix{{Message: "Replace \x1b[8m", Safe: true,
				Edits: []rules.Edit{{Span: s, New: "the\x1b]8;;http://x\x07"}}}}})
	}
	return &engine.Result{Articles: []*article.Article{a}, Rules: []*rules.Rule{ruleTypo}, Findings: fs,
		Warnings: []engine.FileWarning{{Path: hostilePath, Offset: 0, Message: "odd \x1b[H file"}}}
}

// ourColours are the escapes the text report writes itself with Color on.
var ourColours = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// checkInert fails on any character of out that a terminal or GitHub's
// runner would act on, and on any line the runner reads as a command.
func checkInert(t *testing.T, format, out string) {
	t.Helper()
	for n, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		for _, r := range line {
			if _, bad := escapeRune(r); bad || r == utf8.RuneError {
				t.Errorf("%s: line %d holds %U: %q", format, n+1, r, line)
			}
		}
		if strings.Contains(line, "##[") {
			t.Errorf("%s: line %d holds ##[: %q", format, n+1, line)
		}
		if rest := strings.TrimLeft(line, " \t"); strings.HasPrefix(rest, "::") && format != "github" {
			t.Errorf("%s: line %d reads as a workflow command: %q", format, n+1, line)
		}
	}
}

func TestTextEscapesControls(t *testing.T) {
	res := hostileResult(t)
	plain := render(t, res, Options{})
	checkInert(t, "text", plain)
	checkInert(t, "text --color", ourColours.ReplaceAllString(render(t, res, Options{Color: true}), ""))
	// One location line per finding and file warning: the newline in the
	// file name does not make a second.
	if n := strings.Count(plain, "\nevil"); n != 3 {
		t.Errorf("%d location lines after the first, want 3:\n%s", n, plain)
	}
	for _, want := range []string{
		`evil\x0anews/x.txt:1:1: error: fake finding [typo]\x1b[2J.txt:2:38: error: 'teh' \x1b[5mblinks\x1b[0m\x0d\x0a::warning::again \x23#[group]x [typo]`,
		// The caret sits under "teh" after escapes four and six columns wide.
		"    2 | Tab\there \\x1b]0;pwned\\x07 and \\x1b[31mred\\x1b[0m teh \\x23#[error]boom\n" +
			"      |    \t" + strings.Repeat(" ", 45) + "^~~\n",
		"    3 | NUL\\x00 DEL\\x7f C1\\u009b bidi\\u202eevil\\u202c sep\\u2028line teh\n",
		`= fix: Replace \x1b[8m`,
		`[-teh-]{+the\x1b]8;;http://x\x07+} \x23#[error]boom`,
		`= note: evil\x0anews/x.txt:1:1: error: fake finding [typo]\x1b[2J.txt:1:30: see \x1b[1mhere\x07`,
		"      |                                                             ^~~\n", // line 3: escapes of 4 and 6 columns
		`\x3a:error file=a,line=1::owned [-teh-]`,                                   // the word diff line starts with the article's "::"
		`: warning: odd \x1b[H file`,
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("text report lacks %q:\n%s", want, plain)
		}
	}
}

func TestGitHubEscapesControls(t *testing.T) {
	out := render(t, hostileResult(t), Options{Format: "github"})
	checkInert(t, "github", out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d lines, want one command per finding and warning:\n%s", len(lines), out)
	}
	want := `::error file=evil%0Anews/x.txt%3A1%3A1%3A error%3A fake finding [typo]\x1b[2J.txt,` +
		`line=1,col=30,endLine=1,endColumn=33,title=typo::` +
		`'teh' \x1b[5mblinks\x1b[0m%0D%0A\x3a:warning::again \x23#[group]x`
	if lines[1] != want {
		t.Errorf("got  %s\nwant %s", lines[1], want)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") {
			t.Errorf("not a command of ours: %q", l)
		}
	}
}

// TestMachineFormatsStayValid: JSON's own escaping keeps json, sarif and
// rdjsonl valid and exact, whatever the text holds: every message decodes
// back to itself, and rdjsonl keeps one finding per line.
func TestMachineFormatsStayValid(t *testing.T) {
	res := hostileResult(t)
	for _, format := range []string{"json", "sarif"} {
		out := render(t, res, Options{Format: format})
		if !json.Valid([]byte(out)) {
			t.Errorf("%s: not valid JSON:\n%s", format, out)
		}
		var msgs []string
		collectStrings(decode(t, out), &msgs)
		want := hostileMsg
		if format == "sarif" {
			want = sarifMessage(res.Findings[0]) // SARIF message syntax: brackets escaped, links added
		}
		if !containsString(msgs, want) {
			t.Errorf("%s: the message does not decode back to itself", format)
		}
		if format == "json" && !containsString(msgs, hostilePath) {
			t.Errorf("json: the path does not decode back to itself")
		}
	}
	out := render(t, res, Options{Format: "rdjsonl"})
	sc := bufio.NewScanner(strings.NewReader(out))
	n := 0
	for sc.Scan() {
		n++
		var d rdDiagnostic
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("rdjsonl line %d: %v: %s", n, err, sc.Text())
		}
		if d.Message != hostileMsg {
			t.Errorf("rdjsonl line %d: message %q, want %q", n, d.Message, hostileMsg)
		}
	}
	if n != len(res.Findings) {
		t.Errorf("rdjsonl: %d lines, want %d", n, len(res.Findings))
	}
}

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func collectStrings(v any, out *[]string) {
	switch v := v.(type) {
	case string:
		*out = append(*out, v)
	case []any:
		for _, e := range v {
			collectStrings(e, out)
		}
	case map[string]any:
		for _, e := range v {
			collectStrings(e, out)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
