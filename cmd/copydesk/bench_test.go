package main

import (
	"io"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
)

// BenchmarkCheckBBC is the corpus benchmark: `copydesk check` with every
// default rule over the 2,225 BBC articles, as the CLI runs it.
//
//	go test ./cmd/copydesk -run '^$' -bench CheckBBC -benchtime 5x
func BenchmarkCheckBBC(b *testing.B) {
	dir := corpustest.Dir(b, "bbc-fulltext")
	for b.Loop() {
		if code := run([]string{"check", "--fail-on", "never", "--format", "json", dir}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
