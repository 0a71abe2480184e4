package engine_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// firstWordRule flags the first word of each article, with a fix: one
// finding a file, wherever the file is large.
var firstWordRule = &rules.Rule{ID: "first-word", Severity: rules.Info, Run: func(p *rules.Pass) error {
	if ws := p.Article.Words(); len(ws) > 0 {
		w := ws[0]
		p.Report(rules.Finding{Span: w.Span, Message: "first word " + w.Text,
			Fixes: []rules.Fix{{Message: "upper", Safe: true, Edits: []rules.Edit{{Span: w.Span, New: strings.ToUpper(w.Text)}}}}})
	}
	return nil
}}

// bigInputs are n files of about 32 KB of prose each, made when read.
func bigInputs(n int) []engine.Input {
	var in []engine.Input
	for i := range n {
		in = append(in, engine.Input{Path: fmt.Sprintf("big%04d.txt", i), Read: func() ([]byte, error) {
			para := strings.Repeat(fmt.Sprintf("word%d and more words here ", i), 12) + "\n\n"
			return []byte(strings.Repeat(para, 32<<10/len(para))), nil
		}})
	}
	return in
}

// retained is the heap a result of a run over files holds, after a GC.
// (Two: memory pooled for reuse, which no result holds, such as the
// arenas of released articles, is let go only at the second.)
func retained(t *testing.T, e *engine.Engine, files int) (uint64, *engine.Result) {
	t.Helper()
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	res, err := e.Run(bigInputs(files))
	if err != nil || len(res.Findings) != files {
		t.Fatalf("run over %d files: %v, %d findings", files, err, len(res.Findings))
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(res)
	return after.HeapAlloc - min(after.HeapAlloc, before.HeapAlloc), res
}

// TestCompactMemory: a Compact run holds, for each file done, its findings
// and the lines they show, not the file: what it keeps grows with the
// findings, not with the size of the files. The other mode, which keeps
// every article for rules that look across files, is measured too, so the
// test shows the measure sees a file's worth of memory when it is there.
func TestCompactMemory(t *testing.T) {
	const n, fileSize = 40, 32 << 10
	perFile := func(compact bool) uint64 {
		e := &engine.Engine{Compact: compact, Jobs: 2,
			Rules: []engine.RuleConfig{{Rule: firstWordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}}}
		small, _ := retained(t, e, n)
		large, res := retained(t, e, 4*n)
		if compact && (len(res.Articles) != 0 || len(res.Texts) != 4*n || res.FilesChecked() != 4*n) {
			t.Fatalf("compact: %d articles, %d texts, %d checked", len(res.Articles), len(res.Texts), res.FilesChecked())
		}
		return (large - min(large, small)) / (3 * n)
	}
	kept, compact := perFile(false), perFile(true)
	t.Logf("held a file: %d bytes with articles, %d compact (files of %d bytes)", kept, compact, fileSize)
	if kept < fileSize {
		t.Errorf("with articles kept the run holds %d bytes a file, less than a file (%d): the measure is off", kept, fileSize)
	}
	if compact > fileSize/8 {
		t.Errorf("a compact run holds %d bytes a file of %d with one finding; want it bounded by the finding, not the file", compact, fileSize)
	}
}

// TestCompactText: a compact text places the offsets its findings name and
// shows their lines as the whole article does.
func TestCompactText(t *testing.T) {
	e := &engine.Engine{Compact: true, Rules: []engine.RuleConfig{{Rule: firstWordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}}}}
	src := []byte("\ufeffline one\r\n\nsecond line here\n")
	in := []engine.Input{{Path: "a.txt", Read: func() ([]byte, error) { return src, nil }}}
	res, err := e.Run(in)
	if err != nil || len(res.Texts) != 1 || len(res.Findings) != 1 {
		t.Fatalf("%v: %d texts, %d findings", err, len(res.Texts), len(res.Findings))
	}
	full, err := (&engine.Engine{Rules: e.Rules}).Run(in)
	if err != nil {
		t.Fatal(err)
	}
	ct, ft := res.Texts[0], full.Text("a.txt")
	f := res.Findings[0]
	for _, off := range []int{f.Span.Start, f.Span.End} {
		if c, w := ct.Place(off), ft.Place(off); c != w {
			t.Errorf("offset %d: compact %+v, full %+v", off, c, w)
		}
	}
	cs, ok1 := ct.LineSpan(1)
	fs, ok2 := ft.LineSpan(1)
	if !ok1 || !ok2 || cs != fs || string(ct.Bytes(cs)) != "\ufeffline one" || ct.Len() != len(src) {
		t.Errorf("line 1: compact %v %q, full %v", cs, ct.Bytes(cs), fs)
	}
	if _, ok := ct.LineSpan(3); ok {
		t.Error("line 3 has no finding, yet the compact text kept it")
	}
}
