package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// checkRequest is the body of POST /v1/check (see desk/openapi.json).
type checkRequest struct {
	Text     *string           `json:"text"`
	Format   string            `json:"format"`   // md, html or txt; txt if empty
	Language string            `json:"language"` // the house language, over the configuration's
	Select   []string          `json:"select"`   // as --select
	Ignore   []string          `json:"ignore"`   // as --ignore
	Names    []rules.NameEntry `json:"names"`    // preferred spellings, added to the configuration's
}

// fixRequest is the body of POST /v1/fix: a check request, and which fixes.
type fixRequest struct {
	checkRequest
	Unsafe bool     `json:"unsafe"` // also apply the first fix of findings with no safe one, as fix --unsafe
	Rules  []string `json:"rules"`  // apply only these rules' fixes, as fix --rule
}

// fixResponse is the answer of POST /v1/fix.
type fixResponse struct {
	Text   string   `json:"text"`   // the fixed text
	Diff   string   `json:"diff"`   // a unified diff from the text sent to Text; "" when nothing changed
	Edits  int      `json:"edits"`  // edits applied
	Rounds int      `json:"rounds"` // rounds of check and fix that changed the text
	Notes  []string `json:"notes"`  // fixes that did not settle, and the like
}

// apiError is a failed request: its HTTP status and what to tell the client.
type apiError struct {
	Status  int    `json:"status"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

func badRequest(status int, code, format string, args ...any) *apiError {
	return &apiError{Status: status, Code: code, Message: fmt.Sprintf(format, args...)}
}

// formats are the names a request may give its text's format.
var formats = map[string]article.Format{
	"txt": article.Text, "text": article.Text,
	"md": article.Markdown, "markdown": article.Markdown,
	"html": article.HTML, "htm": article.HTML,
}

// post makes a JSON endpoint of h: POST only, the body read within the
// size limit and required to be UTF-8, the answer or the error as JSON.
func post[T any](s *server, h func(*T) (any, *apiError)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, badRequest(http.StatusMethodNotAllowed, "method_not_allowed", "%s %s: use POST with a JSON body", r.Method, r.URL.Path))
			return
		}
		req := new(T)
		if e := s.decode(w, r, req); e != nil {
			writeError(w, e)
			return
		}
		out, e := s.work(r.Context(), func() (any, *apiError) { return h(req) })
		if e != nil {
			writeError(w, e)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if raw, ok := out.([]byte); ok {
			_, _ = w.Write(raw)
			return
		}
		_ = json.NewEncoder(w).Encode(out)
	}
}

// decode reads a request body into v, refusing a body not declared as
// JSON, bodies over the limit, text that is not UTF-8 (JSON is UTF-8, and
// positions are counted in its bytes), malformed JSON and fields the API
// does not know (a misspelt "formt" would otherwise be ignored without a
// word). Requiring the JSON media type also keeps a page on another site
// from posting to the desk's server: a browser sends such a request only
// after a CORS preflight, which the server does not grant.
func (s *server) decode(w http.ResponseWriter, r *http.Request, v any) *apiError {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return badRequest(http.StatusUnsupportedMediaType, "not_json", "send the request as Content-Type: application/json (got %q)", r.Header.Get("Content-Type"))
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxBody))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return badRequest(http.StatusRequestEntityTooLarge, "too_large", "request body is over the limit of %d bytes (copydesk serve --max-body)", tooBig.Limit)
	case err != nil:
		return badRequest(http.StatusBadRequest, "unreadable", "reading the request body: %v", err)
	}
	if !utf8.Valid(body) {
		return badRequest(http.StatusBadRequest, "not_utf8", "request body is not valid UTF-8 (at byte %d); send the text as UTF-8", invalidAt(body))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if dec.More() {
		return badRequest(http.StatusBadRequest, "malformed_json", "request body has more after its JSON object")
	}
	return nil
}

// jsonError says what is wrong with a body the JSON decoder refused.
func jsonError(err error) *apiError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return badRequest(http.StatusBadRequest, "malformed_json", "request body is empty; send a JSON object such as {\"text\": \"...\", \"format\": \"md\"}")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest(http.StatusBadRequest, "malformed_json", "request body is not JSON: it ends inside its object")
	case errors.As(err, &syn):
		return badRequest(http.StatusBadRequest, "malformed_json", "request body is not JSON (at byte %d): %v", syn.Offset, syn)
	case errors.As(err, &typ) && typ.Field == "":
		return badRequest(http.StatusBadRequest, "malformed_json", "request body: want a JSON object, not %s", typ.Value)
	case errors.As(err, &typ):
		return badRequest(http.StatusBadRequest, "malformed_json", "field %q: want a JSON %s, not %s", typ.Field, jsonKind(typ.Type.Kind().String()), typ.Value)
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	return badRequest(http.StatusBadRequest, "malformed_json", "request body: %s", msg)
}

func jsonKind(goKind string) string {
	switch goKind {
	case "slice":
		return "array"
	case "struct", "map":
		return "object"
	case "bool":
		return "boolean"
	case "ptr", "string":
		return "string"
	}
	return goKind
}

// invalidAt is the offset of the first byte of b that is not UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func writeError(w http.ResponseWriter, e *apiError) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(e.Status)
	_ = json.NewEncoder(w).Encode(struct {
		Error *apiError `json:"error"`
	}{e})
}

// work runs f in one of the server's worker slots, within the request's
// time limit. A request that finds no free slot in time, or whose check
// takes too long, is answered 503; its check, if it started, finishes in
// the background and frees its slot only then, so that slow requests never
// put more checks on the CPUs than there are slots.
func (s *server) work(ctx context.Context, f func() (any, *apiError)) (any, *apiError) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, badRequest(http.StatusServiceUnavailable, "busy", "every worker stayed busy for the %s limit; try again", s.timeout)
	}
	type answer struct {
		v any
		e *apiError
	}
	done := make(chan answer, 1)
	before := s.beforeWork // read here, where the request is: the worker may outlive it
	go func() {
		defer func() { <-s.slots }()
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("panic", "value", fmt.Sprint(p))
				done <- answer{e: badRequest(http.StatusInternalServerError, "internal", "copydesk failed on this text (a bug; please report it)")}
			}
		}()
		if before != nil {
			before()
		}
		v, e := f()
		done <- answer{v, e}
	}()
	select {
	case a := <-done:
		return a.v, a.e
	case <-ctx.Done():
		return nil, badRequest(http.StatusServiceUnavailable, "timeout", "checking took longer than the %s limit (copydesk serve --timeout)", s.timeout)
	}
}

// requestError marks an error of the request's settings (a 422), as
// against one of the server's configuration (a 500).
type requestError struct{ error }

// engine builds the engine for a request: the configuration as check reads
// it (setup: the same rule wiring), with the request's settings over it.
func (s *server) engine(req *checkRequest) (input engine.Input, eng *engine.Engine, e *apiError) {
	if req.Text == nil {
		return input, nil, badRequest(http.StatusUnprocessableEntity, "missing_text", "field \"text\" is required: the copy to check")
	}
	name := strings.ToLower(strings.TrimSpace(req.Format))
	if name == "" {
		name = "txt"
	}
	f, ok := formats[name]
	if !ok {
		return input, nil, badRequest(http.StatusUnprocessableEntity, "unknown_format", "format %q: want md, html or txt%s", req.Format, suggestFormat(name))
	}
	sel, err := ruleIDs("select", req.Select)
	var ign []string
	if err == nil {
		ign, err = ruleIDs("ignore", req.Ignore)
	}
	if err != nil {
		return input, nil, badRequest(http.StatusUnprocessableEntity, "unknown_rule", "%v", err)
	}
	set := func(c *config.Config) error {
		if req.Language != "" {
			if err := c.SetLanguage(req.Language); err != nil {
				return requestError{fmt.Errorf("language: %w", err)}
			}
		}
		if err := c.AddNames("request", req.Names); err != nil {
			return requestError{err}
		}
		if err := c.AddSources(s.sources); err != nil {
			return err
		}
		c.UseSourceCache(s.cache)
		return (&selectFlags{sel: sel, ign: ign}).set(c)
	}
	_, eng, err = setup(s.configPath, 1, set)
	var re requestError
	switch {
	case errors.As(err, &re):
		return input, nil, badRequest(http.StatusUnprocessableEntity, "bad_setting", "%v", re.error)
	case err != nil:
		s.log.Error("configuration", "err", err.Error())
		return input, nil, badRequest(http.StatusInternalServerError, "config", "the server's configuration: %v", err)
	}
	text := []byte(*req.Text)
	input = engine.Input{Path: "article." + extOf(f), Format: f, Stdin: true, Read: func() ([]byte, error) { return text, nil }}
	return input, eng, nil
}

func extOf(f article.Format) string {
	switch f {
	case article.Markdown:
		return "md"
	case article.HTML:
		return "html"
	}
	return "txt"
}

// check answers POST /v1/check with the report of check --format json.
func (s *server) check(req *checkRequest) (any, *apiError) {
	in, eng, e := s.engine(req)
	if e != nil {
		return nil, e
	}
	res, err := eng.Run([]engine.Input{in})
	if err == nil {
		err = res.Err()
	}
	if err != nil {
		return nil, badRequest(http.StatusUnprocessableEntity, "unreadable_text", "%v", err)
	}
	var b bytes.Buffer
	if err := report.Render(&b, res, report.Options{Format: "json", ToolVersion: version}); err != nil {
		return nil, badRequest(http.StatusInternalServerError, "internal", "writing the report: %v", err)
	}
	return b.Bytes(), nil
}

// fix answers POST /v1/fix: the rounds of fix, in memory.
func (s *server) fix(req *fixRequest) (any, *apiError) {
	in, eng, e := s.engine(&req.checkRequest)
	if e != nil {
		return nil, e
	}
	ids, err := ruleIDs("rules", req.Rules)
	if err != nil {
		return nil, badRequest(http.StatusUnprocessableEntity, "unknown_rule", "%v", err)
	}
	only := map[string]bool{}
	for _, id := range ids {
		only[id] = true
	}
	eng.Compact = true // the rounds read findings only
	run, err := fixAll(eng, []engine.Input{in}, req.Unsafe, only)
	if err == nil && len(run.failed) > 0 {
		err = errors.Join(run.failed...)
	}
	if err != nil {
		return nil, badRequest(http.StatusUnprocessableEntity, "unreadable_text", "%v", err)
	}
	orig, fixed := run.orig[in.Path], run.fixed[in.Path]
	out := fixResponse{Text: string(fixed), Edits: run.counts[in.Path], Rounds: run.rounds[in.Path], Notes: run.notes}
	if out.Notes == nil {
		out.Notes = []string{}
	}
	if !bytes.Equal(orig, fixed) {
		out.Diff = report.Diff(in.Path, orig, fixed)
	}
	return out, nil
}

// suggestFormat names the format a misspelt one may mean ("mkd", "markdwon").
func suggestFormat(name string) string {
	best, dist := "", 3
	for _, f := range []string{"md", "markdown", "html", "htm", "txt", "text"} {
		if d := config.EditDistance(name, f); d < dist {
			best, dist = f, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}
