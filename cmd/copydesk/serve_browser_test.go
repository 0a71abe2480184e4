package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// chromium is the browser the desk test drives: Debian's chromium package
// (apt-get install chromium), or "" when there is none.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestServeDeskInBrowser drives the desk page in headless Chromium as an
// editor would: paste the example article, check it, see every finding
// highlighted over exactly its text, apply one fix in the page, then all
// safe fixes through the API. With -update it also rewrites the README's
// screenshot, testdata/serve-page.png.
func TestServeDeskInBrowser(t *testing.T) {
	exe := needChromium(t)
	s := testServer(t, nil)
	ts := httptest.NewServer(s.handler())
	defer ts.Close()
	text := exampleText(t)
	var rep struct{ Findings []jsonFindingT }
	_, out := call(t, s, "POST", "/v1/check", jsonBody(t, map[string]any{"text": text}))
	if err := json.Unmarshal(out, &rep); err != nil || len(rep.Findings) == 0 {
		t.Fatalf("the API found nothing to show: %v %s", err, out)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.WindowSize(1366, 860))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute) // a bound on a stuck browser, not a measurement
	defer cancel()

	// paste and check
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL),
		chromedp.SetValue("#text", text),
		chromedp.Click("#check"),
		chromedp.WaitVisible("#findings li"),
	)
	// finding index → the text of the marks over it
	var marked map[string]string
	if err == nil {
		marked, err = chromedp.Run(ctx, chromedp.Evaluate[map[string]string](`(() => {
			const out = {};
			for (const m of document.querySelectorAll("#view mark:not(.insert)"))
				for (const i of m.dataset.findings.split(" ")) out[i] = (out[i] || "") + m.textContent;
			return out;
		})()`))
	}
	if err != nil {
		t.Fatalf("checking in the page: %v", err)
	}
	for i, f := range rep.Findings {
		if f.Start.Offset == f.End.Offset {
			continue // an insertion point, marked with a caret
		}
		if got := marked[fmt.Sprint(i)]; got != f.Text {
			t.Errorf("finding %d (%s at line %d): highlighted %q, want %q", i, f.Rule, f.Start.Line, got, f.Text)
		}
	}
	if *screenshotUpdate() {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../../testdata/serve-page.png", png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// apply the last finding's first fix in the page: its offsets come
	// after the article's curly quotes and dashes, so a byte offset used
	// as a UTF-16 one would land in the wrong place
	i, fix := lastFix(rep.Findings)
	want := applyJSONFix(t, text, fix)
	err = chromedp.Do(ctx,
		chromedp.Click(fmt.Sprintf("#finding-%d button.apply", i)),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById("text").value !== %s`, jsString(text))),
	)
	var got string
	if err == nil {
		got, err = chromedp.Run(ctx, chromedp.Value("#text"))
	}
	if err != nil {
		t.Fatalf("applying a fix in the page: %v", err)
	}
	if got != want {
		t.Errorf("after %q the text is\n%s\nwant\n%s", fix.Message, got, want)
	}

	// all safe fixes, through /v1/fix
	_, out = call(t, s, "POST", "/v1/fix", jsonBody(t, map[string]any{"text": want}))
	var fixed fixResponse
	if err := json.Unmarshal(out, &fixed); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Poll[chromedp.Void](`!document.getElementById("fix-all").disabled`),
		chromedp.Click("#fix-all"),
		chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.getElementById("text").value === %s`, jsString(fixed.Text))),
	)
	if err != nil {
		t.Errorf("applying all safe fixes in the page: %v", err)
	}
}

// screenshotUpdate is the -update flag of the golden tests (ruletest's),
// which also rewrites the screenshot.
func screenshotUpdate() *bool {
	if f := flag.Lookup("update"); f != nil {
		b := f.Value.String() == "true"
		return &b
	}
	b := false
	return &b
}

// jsonFindingT is the part of a JSON finding the browser test reads.
type jsonFindingT struct {
	Rule  string
	Text  string
	Start struct{ Offset, Line int }
	End   struct{ Offset int }
	Fixes []jsonFixT
}

type jsonFixT struct {
	Message string
	Safe    bool
	Edits   []struct {
		Start, End struct{ Offset int }
		NewText    string
	}
}

// lastFix is the finding furthest into the text that has a fix, and its
// first fix.
func lastFix(fs []jsonFindingT) (int, jsonFixT) {
	for i := len(fs) - 1; i >= 0; i-- {
		if len(fs[i].Fixes) > 0 {
			return i, fs[i].Fixes[0]
		}
	}
	return -1, jsonFixT{}
}

// applyJSONFix applies a fix from the JSON report by its byte offsets, as
// rules.Apply does.
func applyJSONFix(t *testing.T, text string, fix jsonFixT) string {
	t.Helper()
	var edits []rules.Edit
	for _, e := range fix.Edits {
		edits = append(edits, rules.Edit{Span: article.Span{Start: e.Start.Offset, End: e.End.Offset}, New: e.NewText})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Span.Start < edits[j].Span.Start })
	out, err := rules.Apply([]byte(text), edits)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// needChromium returns Debian's chromium, skipping the test without it
// (failing under CI, where .ci/run installs it).
func needChromium(t *testing.T) string {
	t.Helper()
	exe := chromium()
	if exe == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; .ci/run installs it (apt-get install chromium)")
		}
		t.Skip("chromium is not installed (apt-get install chromium); skipping the desk page's browser test")
	}
	return exe
}
