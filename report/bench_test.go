package report

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/internal/cputime"
	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// BenchmarkWriteBBC writes the report of a check of the BBC articles with
// every default rule in each format, file by file as check streams it to
// a Writer: the report's own cost, for the check is run once beforehand.
// cpu-ms/op is the process's CPU time (garbage collection included) per
// report: on a busy machine it is steadier than ns/op.
//
//	go test ./report -run '^$' -bench WriteBBC -benchmem
func BenchmarkWriteBBC(b *testing.B) {
	eng, results := checkBBC(b)
	for _, format := range []string{"json", "sarif", "text"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			start, ok := cputime.Process()
			for b.Loop() {
				w, err := NewWriter(io.Discard, eng.EnabledRules(), Options{Format: format, BaseDir: ".", ToolVersion: "bench"})
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range results {
					if err := w.Write(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
			if end, _ := cputime.Process(); ok {
				b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			}
		})
	}
}

// checkBBC checks the BBC articles as `copydesk check` does with no
// configuration and returns each file's result as the engine streams it.
func checkBBC(b *testing.B) (*engine.Engine, []*engine.Result) {
	dir := corpustest.Dir(b, "bbc-fulltext")
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no BBC articles in %s (%v)", dir, err)
	}
	cfg, err := config.Load("")
	if err != nil {
		b.Fatal(err)
	}
	rcs, err := cfg.Resolve(all.List())
	if err != nil {
		b.Fatal(err)
	}
	shared, err := cfg.Shared()
	if err != nil {
		b.Fatal(err)
	}
	eng := &engine.Engine{Rules: rcs, Language: cfg.Language, Shared: shared}
	inputs := make([]engine.Input, len(paths))
	for i, p := range paths {
		inputs[i] = engine.Input{Path: p, Format: article.Text, ReadPath: os.ReadFile}
	}
	var results []*engine.Result
	if _, err := eng.Stream(inputs, func(r *engine.Result) error {
		results = append(results, r)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return eng, results
}
