package engine_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// wordRule reports every word "the"; batchRule reports the number of files.
var wordRule = &rules.Rule{ID: "every-the", Severity: rules.Info, Run: func(p *rules.Pass) error {
	for _, w := range p.Article.Words() {
		if w.Text == "the" {
			p.Reportf(w.Span, "the")
		}
	}
	return nil
}}

var batchRule = &rules.Rule{ID: "count-files", Severity: rules.Warning, Scope: rules.BatchScope, Run: func(p *rules.Pass) error {
	p.Report(rules.Finding{Path: p.Batch[0].Path, Message: fmt.Sprintf("%d files", len(p.Batch))})
	return nil
}}

func inputs(n int) []engine.Input {
	var in []engine.Input
	for i := n - 1; i >= 0; i-- {
		src := []byte(fmt.Sprintf("the cat and the dog %d", i))
		in = append(in, engine.Input{Path: fmt.Sprintf("f%03d.txt", i), Read: func() ([]byte, error) { return src, nil }})
	}
	return in
}

func newEngine(jobs int) *engine.Engine {
	return &engine.Engine{Jobs: jobs, Rules: []engine.RuleConfig{
		{Rule: wordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}},
		{Rule: batchRule, Enabled: true, Severity: rules.Error, SeverityFixed: true, Options: &rules.Settings{}},
	}}
}

// TestRunDeterministic: the same findings in the same order whatever the
// number of workers.
func TestRunDeterministic(t *testing.T) {
	one, err := newEngine(1).Run(inputs(50))
	if err != nil {
		t.Fatal(err)
	}
	many, err := newEngine(8).Run(inputs(50))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one.Findings, many.Findings) {
		t.Error("findings differ between 1 and 8 workers")
	}
	if len(one.Findings) != 101 || one.Findings[0].Path != "f000.txt" || one.Findings[0].Span.Start != 0 {
		t.Errorf("got %d findings, first %+v", len(one.Findings), one.Findings[0])
	}
	var batch *rules.Finding
	for i := range one.Findings {
		if one.Findings[i].Rule == "count-files" {
			batch = &one.Findings[i]
		}
	}
	if batch == nil || batch.Message != "50 files" || batch.Severity != rules.Error {
		t.Errorf("batch finding = %+v", batch)
	}
	if one.Article("f007.txt") == nil {
		t.Error("Article lookup failed")
	}
}

// TestRunReadError: a file that cannot be read is recorded, named, and the
// run goes on with the others.
func TestRunReadError(t *testing.T) {
	in := append(inputs(2), engine.Input{Path: "gone.txt", Read: func() ([]byte, error) { return nil, errors.New("no such file") }})
	res, err := newEngine(2).Run(in)
	if err != nil {
		t.Fatalf("a file error stopped the run: %v", err)
	}
	if len(res.Errors) != 1 || res.Errors[0].Path != "gone.txt" || res.Err().Error() != "gone.txt: no such file" {
		t.Errorf("errors = %v, want one naming gone.txt", res.Errors)
	}
	if len(res.Articles) != 2 || len(res.Findings) != 5 {
		t.Errorf("the other files were not checked: %d articles, %d findings", len(res.Articles), len(res.Findings))
	}
}
