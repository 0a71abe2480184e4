package sources

import (
	"os"
	"testing"
)

// BenchmarkLoad reads and indexes the folder $COPYDESK_SOURCES_BENCH (a
// thousand transcripts, say); skipped when it is not set.
func BenchmarkLoad(b *testing.B) {
	dir := os.Getenv("COPYDESK_SOURCES_BENCH")
	if dir == "" {
		b.Skip("COPYDESK_SOURCES_BENCH names no folder")
	}
	files, err := Expand("", []string{dir})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Load(files); err != nil {
			b.Fatal(err)
		}
	}
}
