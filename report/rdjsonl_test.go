package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/rules"
)

func rdjsonlLines(t *testing.T, data []byte) []rdDiagnostic {
	t.Helper()
	var out []rdDiagnostic
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d rdDiagnostic
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("bad rdjsonl line %q: %v", sc.Text(), err)
		}
		out = append(out, d)
	}
	return out
}

// applyByBytes applies a suggestion the way reviewdog does: by line and
// byte column.
func applyByBytes(src []byte, s rdSuggestion) []byte {
	off := func(p rdPosition) int {
		at := 0
		for line := 1; line < p.Line; line++ {
			at += bytes.IndexByte(src[at:], '\n') + 1
		}
		return at + p.Column - 1
	}
	var out []byte
	out = append(out, src[:off(s.Range.Start)]...)
	out = append(out, s.Text...)
	return append(out, src[off(s.Range.End):]...)
}

// TestRDJSONLSuggestions: each suggestion covers exactly the lines of its
// finding, and applied by byte column it gives what the fix gives.
func TestRDJSONLSuggestions(t *testing.T) {
	res := fixture(t)
	var buf bytes.Buffer
	if err := RDJSONL(&buf, res, Options{}); err != nil {
		t.Fatal(err)
	}
	ds := rdjsonlLines(t, buf.Bytes())
	if len(ds) != len(res.Findings) {
		t.Fatalf("%d diagnostics for %d findings", len(ds), len(res.Findings))
	}
	withSuggestion := 0
	for i, d := range ds {
		f := res.Findings[i]
		if len(d.Suggestions) == 0 {
			continue
		}
		withSuggestion++
		s := d.Suggestions[0]
		if s.Range.Start.Line != d.Location.Range.Start.Line || s.Range.Start.Column != 1 {
			t.Errorf("%s: suggestion %+v does not start its finding's first line %+v", f.Rule, s.Range, d.Location.Range)
		}
		src := res.Article(f.Path).Source
		want, _ := rules.Apply(src, f.Fixes[0].Edits)
		if got := applyByBytes(src, s); !bytes.Equal(got, want) {
			t.Errorf("%s at %+v: suggestion gives\n%q\nfix gives\n%q", f.Rule, d.Location.Range, got, want)
		}
	}
	// Both typos, the NFD word and the full stop at the end of the last line
	// have in-line fixes; the duplicate's deletion reaches the line before.
	if withSuggestion != 4 {
		t.Errorf("%d suggestions, want 4", withSuggestion)
	}
	if d := ds[0]; d.Location.Range.Start.Column != len("📢 The mayor said “no” to ")+1 {
		t.Errorf("typo column %d is not a byte column", d.Location.Range.Start.Column)
	}
}

// TestRDJSONLReviewdog feeds the output to the real reviewdog (v0.21.0,
// installed by .ci/run) and checks it reads back every diagnostic with the
// same place and suggestion.
func TestRDJSONLReviewdog(t *testing.T) {
	bin, err := exec.LookPath("reviewdog")
	if err != nil {
		if gp, e := exec.Command("go", "env", "GOPATH").Output(); e == nil {
			bin = filepath.Join(string(bytes.TrimSpace(gp)), "bin", "reviewdog")
		}
		if _, err := os.Stat(bin); err != nil {
			t.Skip("reviewdog not installed (go install github.com/reviewdog/reviewdog/cmd/reviewdog@v0.21.0); skipping")
		}
	}
	res := fixture(t)
	dir := t.TempDir()
	for _, a := range res.Articles {
		p := filepath.Join(dir, a.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, a.Source, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var in bytes.Buffer
	if err := RDJSONL(&in, res, Options{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-f=rdjsonl", "-reporter=rdjsonl", "-filter-mode=nofilter")
	ours := rdjsonlLines(t, in.Bytes())
	cmd.Dir, cmd.Stdin = dir, &in
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("reviewdog: %v\n%s", err, out)
	}
	theirs := rdjsonlLines(t, out)
	if len(theirs) != len(ours) {
		t.Fatalf("reviewdog read %d diagnostics, we wrote %d:\n%s", len(theirs), len(ours), out)
	}
	key := func(d rdDiagnostic) string {
		b, _ := json.Marshal([]any{d.Location, d.Message, d.Suggestions})
		return string(b)
	}
	want := map[string]bool{}
	for _, d := range ours {
		want[key(d)] = true
	}
	for _, d := range theirs {
		if !want[key(d)] {
			t.Errorf("reviewdog changed a diagnostic: %s", key(d))
		}
	}
}
