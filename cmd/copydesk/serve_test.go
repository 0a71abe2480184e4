package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testServer is a server on an empty configuration (so that no
// .copydesk.yml above the test's folder changes what it finds), logging
// into log.
func testServer(t testing.TB, log io.Writer) *server {
	t.Helper()
	cfg := filepath.Join(t.TempDir(), ".copydesk.yml")
	if err := os.WriteFile(cfg, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if log == nil {
		log = io.Discard
	}
	s, err := newServer(&serveFlags{config: cfg, maxBody: 1 << 20, timeout: 10 * time.Second, workers: 2},
		slog.New(slog.NewJSONHandler(log, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// call sends body to path on s and returns the status and the body.
func call(t *testing.T, s *server, method, path, body string) (int, []byte) {
	t.Helper()
	return callAs(t, s, method, path, "application/json", body)
}

// callAs is call with the request's Content-Type.
func callAs(t *testing.T, s *server, method, path, contentType, body string) (int, []byte) {
	t.Helper()
	rec := httptest.NewRecorder()
	r := httptest.NewRequest(method, path, strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	s.handler().ServeHTTP(rec, r)
	return rec.Code, rec.Body.Bytes()
}

func exampleText(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func jsonBody(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestServeCheckIsCheckJSON: /v1/check answers byte for byte what
// `check --format json` writes for the same text and configuration.
func TestServeCheckIsCheckJSON(t *testing.T) {
	s := testServer(t, nil)
	text := exampleText(t)
	code, got := call(t, s, "POST", "/v1/check", jsonBody(t, map[string]any{"text": text, "format": "txt"}))
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, got)
	}
	var cli, stderr bytes.Buffer
	run([]string{"check", "--config", s.configPath, "--format", "json", "--stdin-filename", "article.txt", "-"},
		strings.NewReader(text), &cli, &stderr)
	if !bytes.Equal(got, cli.Bytes()) {
		t.Errorf("serve and check differ\nserve:\n%s\ncheck:\n%s%s", got, cli.Bytes(), stderr.Bytes())
	}
	var rep struct{ Findings []struct{ Rule string } }
	if err := json.Unmarshal(got, &rep); err != nil || len(rep.Findings) == 0 {
		t.Fatalf("want findings in the example, got %d (%v)", len(rep.Findings), err)
	}
}

// TestServeSelectIsPerRequest: a request's rule selection applies to it
// alone; the next request without one gets every rule again.
func TestServeSelectIsPerRequest(t *testing.T) {
	s := testServer(t, nil)
	text := exampleText(t)
	rulesOf := func(body map[string]any) map[string]int {
		body["text"] = text
		code, out := call(t, s, "POST", "/v1/check", jsonBody(t, body))
		if code != http.StatusOK {
			t.Fatalf("status %d: %s", code, out)
		}
		var rep struct{ Findings []struct{ Rule string } }
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, f := range rep.Findings {
			n[f.Rule]++
		}
		return n
	}
	all := rulesOf(map[string]any{})
	only := rulesOf(map[string]any{"select": []string{"typo"}})
	if len(only) != 1 || only["typo"] != all["typo"] || len(all) < 2 {
		t.Errorf("select typo: got %v of %v", only, all)
	}
	without := rulesOf(map[string]any{"ignore": []string{"typo"}})
	if without["typo"] != 0 || len(without) != len(all)-1 {
		t.Errorf("ignore typo: got %v of %v", without, all)
	}
	if again := rulesOf(map[string]any{}); len(again) != len(all) {
		t.Errorf("after select, a plain request got %v, want %v", again, all)
	}
}

// TestServeFixIsFix: /v1/fix returns the text `fix -` writes, and a diff.
func TestServeFixIsFix(t *testing.T) {
	s := testServer(t, nil)
	text := exampleText(t)
	code, out := call(t, s, "POST", "/v1/fix", jsonBody(t, map[string]any{"text": text}))
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, out)
	}
	var got fixResponse
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	var cli, stderr bytes.Buffer
	run([]string{"fix", "--config", s.configPath, "--stdin-filename", "article.txt", "-"}, strings.NewReader(text), &cli, &stderr)
	if got.Text != cli.String() {
		t.Errorf("serve and fix differ:\nserve:\n%s\nfix:\n%s%s", got.Text, cli.String(), stderr.String())
	}
	if got.Text == text || got.Edits == 0 || !strings.HasPrefix(got.Diff, "--- a/article.txt\n+++ b/article.txt\n") {
		t.Errorf("want the example fixed with a diff; got %d edits, diff %q", got.Edits, got.Diff)
	}
	// unsafe fixes are opt-in: they change more
	_, out = call(t, s, "POST", "/v1/fix", jsonBody(t, map[string]any{"text": text, "unsafe": true}))
	var unsafe fixResponse
	if err := json.Unmarshal(out, &unsafe); err != nil {
		t.Fatal(err)
	}
	if unsafe.Edits <= got.Edits {
		t.Errorf("unsafe applied %d edits, safe %d: want more", unsafe.Edits, got.Edits)
	}
}

// TestServeBadRequests: each bad request is a 4xx with a JSON error that
// says what is wrong.
func TestServeBadRequests(t *testing.T) {
	s := testServer(t, nil)
	s.maxBody = 200
	for _, tc := range []struct {
		name, method, path, body string
		status                   int
		code, says               string
	}{
		{"oversized", "POST", "/v1/check", `{"text":"` + strings.Repeat("a", 300) + `"}`, 413, "too_large", "over the limit of 200 bytes"},
		{"malformed", "POST", "/v1/check", `{"text": "Teh`, 400, "malformed_json", "not JSON"},
		{"not an object", "POST", "/v1/check", `["text"]`, 400, "malformed_json", "request body"},
		{"empty", "POST", "/v1/check", ``, 400, "malformed_json", "empty"},
		{"trailing", "POST", "/v1/check", `{"text":"a"} {}`, 400, "malformed_json", "more after"},
		{"not UTF-8", "POST", "/v1/check", "{\"text\":\"caf\xe9\"}", 400, "not_utf8", "at byte 12"},
		{"unknown field", "POST", "/v1/check", `{"text":"a","formt":"md"}`, 400, "malformed_json", `unknown field "formt"`},
		{"wrong type", "POST", "/v1/check", `{"text":1}`, 400, "malformed_json", `field "text": want a JSON string`},
		{"no text", "POST", "/v1/check", `{"format":"md"}`, 422, "missing_text", `"text" is required`},
		{"unknown format", "POST", "/v1/check", `{"text":"a","format":"mkd"}`, 422, "unknown_format", `did you mean "md"?`},
		{"unknown rule", "POST", "/v1/check", `{"text":"a","select":["tpyo"]}`, 422, "unknown_rule", "did you mean typo?"},
		{"unknown ignored rule", "POST", "/v1/fix", `{"text":"a","ignore":["typos"]}`, 422, "unknown_rule", "ignore: no rule"},
		{"unknown fix rule", "POST", "/v1/fix", `{"text":"a","rules":["tpyo"]}`, 422, "unknown_rule", "rules: no rule"},
		{"bad language", "POST", "/v1/check", `{"text":"a","language":"fr-FR"}`, 422, "bad_setting", "not an English"},
		{"bad name", "POST", "/v1/check", `{"text":"a","names":[{"preferred":"a<b>"}]}`, 422, "bad_setting", "names[0].preferred"},
		{"GET", "GET", "/v1/check", ``, 405, "method_not_allowed", "use POST"},
		{"form post", "POST", "/v1/check", `text=a`, 415, "not_json", "application/json"},
		{"no content type", "POST", "/v1/fix", `{"text":"a"}`, 415, "not_json", `got ""`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ct := "application/json; charset=utf-8"
			switch tc.name {
			case "form post":
				ct = "application/x-www-form-urlencoded"
			case "no content type":
				ct = ""
			}
			code, out := callAs(t, s, tc.method, tc.path, ct, tc.body)
			var e struct{ Error apiError }
			if err := json.Unmarshal(out, &e); err != nil {
				t.Fatalf("answer is not JSON: %v: %s", err, out)
			}
			if code != tc.status || e.Error.Status != tc.status || e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.says) {
				t.Errorf("got %d %+v, want %d %s saying %q", code, e.Error, tc.status, tc.code, tc.says)
			}
		})
	}
}

// TestServeTimeout: a check that takes longer than the limit is a 503, and
// a request that finds every worker busy until its limit is too.
func TestServeTimeout(t *testing.T) {
	s := testServer(t, nil)
	s.timeout = 50 * time.Millisecond
	release := make(chan struct{})
	s.beforeWork = func() { <-release }
	code, out := call(t, s, "POST", "/v1/check", `{"text":"a"}`)
	if code != http.StatusServiceUnavailable || !strings.Contains(string(out), `"timeout"`) {
		t.Errorf("slow check: got %d %s, want 503 timeout", code, out)
	}
	// the slow check still holds its worker; fill the other one too
	s.slots <- struct{}{}
	code, out = call(t, s, "POST", "/v1/check", `{"text":"a"}`)
	if code != http.StatusServiceUnavailable || !strings.Contains(string(out), `"busy"`) {
		t.Errorf("no free worker: got %d %s, want 503 busy", code, out)
	}
	close(release)
	<-s.slots
	s.beforeWork = nil
	s.timeout = 10 * time.Second
	// the slow check frees its worker when it ends: a request gets through
	if code, out = call(t, s, "POST", "/v1/check", `{"text":"a"}`); code != http.StatusOK {
		t.Errorf("after the slow check: got %d %s", code, out)
	}
}

// TestServeLogs: every request is one JSON line on the log.
func TestServeLogs(t *testing.T) {
	var log bytes.Buffer
	s := testServer(t, &log)
	call(t, s, "POST", "/v1/check", `{"text":"a"}`)
	call(t, s, "POST", "/v1/check", `{`)
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 log lines, got %q", lines)
	}
	for i, want := range []float64{200, 400} {
		var rec map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &rec); err != nil {
			t.Fatalf("log line %q: %v", lines[i], err)
		}
		if rec["msg"] != "request" || rec["path"] != "/v1/check" || rec["status"] != want {
			t.Errorf("log line %d: %v, want a request to /v1/check with status %v", i, rec, want)
		}
	}
}

// TestServeOpenAPI: /openapi.json is an OpenAPI 3 document that describes
// every route, and whose every $ref leads somewhere.
func TestServeOpenAPI(t *testing.T) {
	s := testServer(t, nil)
	code, out := call(t, s, "GET", "/openapi.json", "")
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("openapi.json does not parse: %v", err)
	}
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Errorf("openapi: %q, want 3.x", v)
	}
	paths, _ := doc["paths"].(map[string]any)
	for _, p := range []string{"/v1/check", "/v1/fix", "/healthz", "/openapi.json"} {
		if paths[p] == nil {
			t.Errorf("no path %s", p)
		}
	}
	var refs func(v any)
	refs = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				var at any = doc
				for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
					m, _ := at.(map[string]any)
					at = m[part]
				}
				if at == nil {
					t.Errorf("$ref %s leads nowhere", ref)
				}
			}
			for _, x := range v {
				refs(x)
			}
		case []any:
			for _, x := range v {
				refs(x)
			}
		}
	}
	refs(doc)
	// the error codes it lists are the ones the server sends
	src, err := os.ReadFile("serve_api.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"malformed_json", "not_utf8", "too_large", "unknown_format", "unknown_rule", "bad_setting", "timeout", "busy"} {
		if !strings.Contains(string(out), `"`+c+`"`) || !strings.Contains(string(src), `"`+c+`"`) {
			t.Errorf("error code %s is not both in openapi.json and serve_api.go", c)
		}
	}
}

// TestServePage: the page, its script and style come from this server
// alone (no CDN: the desk works offline), under a policy that says so.
func TestServePage(t *testing.T) {
	s := testServer(t, nil)
	for _, p := range []string{"/", "/desk.js", "/desk.css"} {
		rec := httptest.NewRecorder()
		s.handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
		if rec.Code != http.StatusOK || rec.Body.Len() == 0 {
			t.Fatalf("%s: status %d", p, rec.Code)
		}
		if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("%s: Content-Security-Policy %q", p, csp)
		}
		if body := rec.Body.String(); strings.Contains(body, "http://") || strings.Contains(body, "https://") {
			t.Errorf("%s names a resource elsewhere", p)
		}
	}
	if code, out := call(t, s, "GET", "/healthz", ""); code != http.StatusOK || string(out) != "ok\n" {
		t.Errorf("/healthz: %d %q", code, out)
	}
}

// TestServeLanguage: a request's language decides the house spelling for
// that request alone.
func TestServeLanguage(t *testing.T) {
	s := testServer(t, nil)
	count := func(lang string) int {
		body := map[string]any{"text": "The organisation chose the colour of the flag.\n"}
		if lang != "" {
			body["language"] = lang
		}
		code, out := call(t, s, "POST", "/v1/check", jsonBody(t, body))
		if code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", lang, code, out)
		}
		var rep struct{ Findings []struct{ Rule string } }
		if err := json.Unmarshal(out, &rep); err != nil {
			t.Fatal(err)
		}
		return len(rep.Findings)
	}
	us, gb, plain := count("en-US"), count("en-GB"), count("")
	if us != 2 || gb != 0 || plain != us {
		t.Errorf("British spellings: %d findings in en-US, %d in en-GB, %d with the configured en-US; want 2, 0, 2", us, gb, plain)
	}
}
