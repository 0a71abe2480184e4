package main

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// serveRecord is a speaker-labelled transcript, the desk's record; the
// quoted passage follows an accented letter and an emoji.
const serveRecord = "HOLT: Good evening from Hofstra University.\n" +
	"TRUMP: Señor \U0001F642 we are going to build a great wall, and Mexico is going to pay for it, believe me.\n"

// serveMisquoteText quotes the record with a word changed.
const serveMisquoteText = "The debate.\n\nTrump promised: \"We are going to build a big wall, and Mexico is going to pay for it.\"\n"

type checkedFinding struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
	Start   struct{ Line, Column int }
	Related []struct {
		Path    string `json:"path"`
		Message string `json:"message"`
		Start   struct {
			Offset, Line, Column int
			UTF16Column          int `json:"utf16Column"`
		} `json:"start"`
		End struct{ Offset, Line, Column int } `json:"end"`
	} `json:"related"`
}

// misquoteServer serves with a configuration whose sources are a record
// beside it, or (flag) with the record given as serve --sources.
func misquoteServer(t *testing.T, flag bool) (s *server, record string) {
	t.Helper()
	dir := t.TempDir()
	record = filepath.Join(dir, "record.txt")
	cfg := filepath.Join(dir, ".copydesk.yml")
	conf := "sources: [record.txt]\n"
	fl := &serveFlags{config: cfg, maxBody: 1 << 20, timeout: 10 * time.Second, workers: 1}
	if flag {
		conf, fl.sources = "", []string{record}
	}
	for name, s := range map[string]string{cfg: conf, record: serveRecord} {
		if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := newServer(fl, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return s, record
}

// TestServeMisquote: /v1/check holds a quotation against the server's
// record (its configuration's sources, or serve --sources) and returns the
// misquote with its word diff and its related place in the record, by
// line and column.
func TestServeMisquote(t *testing.T) {
	for _, flag := range []bool{false, true} {
		s, record := misquoteServer(t, flag)
		code, body := call(t, s, "POST", "/v1/check", jsonBody(t, map[string]any{"text": serveMisquoteText, "select": []string{"misquote"}}))
		if code != http.StatusOK {
			t.Fatalf("status %d: %s", code, body)
		}
		var rep struct{ Findings []checkedFinding }
		if err := json.Unmarshal(body, &rep); err != nil {
			t.Fatal(err)
		}
		if len(rep.Findings) != 1 || rep.Findings[0].Rule != "misquote" {
			t.Fatalf("sources from the flag %v: findings %s, want one misquote", flag, body)
		}
		f := rep.Findings[0]
		if !strings.Contains(f.Message, "[-great-] {+big+}") || !strings.Contains(f.Message, "record.txt:2") {
			t.Errorf("message %q: want the word diff and the record's line", f.Message)
		}
		if f.Start.Line != 3 {
			t.Errorf("finding on line %d, want the quotation's line 3", f.Start.Line)
		}
		if len(f.Related) != 1 {
			t.Fatalf("related %+v: want the record's passage", f.Related)
		}
		// "TRUMP: Señor 🙂 " is 19 bytes, 15 characters, 16 UTF-16 units
		// (columns count from 1); the passage ends before ", believe".
		r := f.Related[0]
		line2 := strings.Index(serveRecord, "\n") + 1
		end := strings.Index(serveRecord, ", believe")
		if r.Path != record || r.Start.Line != 2 || r.Start.Column != 16 || r.Start.UTF16Column != 17 || r.Start.Offset != line2+19 ||
			r.End.Line != 2 || r.End.Offset != end || !strings.Contains(r.Message, "TRUMP") {
			t.Errorf("related %+v, want %s line 2 from column 16 (UTF-16 17) to offset %d, naming TRUMP", r, record, end)
		}
	}
}

// TestServeKeepsRecord: the record is read once, not for every request,
// while its file keeps its size and time (a rewrite that keeps both goes
// unseen: the proof it is not read again), and read again when it changes.
func TestServeKeepsRecord(t *testing.T) {
	s, record := misquoteServer(t, false)
	then := time.Date(2016, 9, 26, 21, 0, 0, 0, time.UTC)
	rewrite := func(text string, mod time.Time) {
		t.Helper()
		if err := os.WriteFile(record, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(record, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	diff := func() string {
		t.Helper()
		code, body := call(t, s, "POST", "/v1/check", jsonBody(t, map[string]any{"text": serveMisquoteText, "select": []string{"misquote"}}))
		var rep struct{ Findings []checkedFinding }
		if err := json.Unmarshal(body, &rep); err != nil || code != http.StatusOK || len(rep.Findings) != 1 {
			t.Fatalf("status %d, %v: %s", code, err, body)
		}
		return rep.Findings[0].Message
	}
	rewrite(serveRecord, then)
	if m := diff(); !strings.Contains(m, "[-great-]") {
		t.Fatalf("first request: %s", m)
	}
	grand := strings.Replace(serveRecord, "great", "grand", 1)
	rewrite(grand, then)
	if m := diff(); !strings.Contains(m, "[-great-]") {
		t.Fatalf("an unchanged record (same size and time) read again: %s", m)
	}
	rewrite(grand, then.Add(time.Minute))
	if m := diff(); !strings.Contains(m, "[-grand-]") {
		t.Fatalf("a changed record not read again: %s", m)
	}
}
