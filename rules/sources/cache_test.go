package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A Cache's Load gives the same index while the files keep their size
// and modification time (even with other bytes in them: it does not read
// them to know), and a new one when either changes.
func TestReuse(t *testing.T) {
	var cache Cache
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	then := time.Date(2016, 9, 26, 21, 0, 0, 0, time.UTC)
	write := func(p, text string, mod time.Time) {
		t.Helper()
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	write(a, "TRUMP: We are going to build a great wall.\n", then)
	write(b, "CLINTON: I have a plan.\n", then)
	load := func() *Index {
		t.Helper()
		ix, err := cache.Load([]string{b, a})
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	holds := func(ix *Index, words string) bool {
		_, ok := ix.Find([][]string{strings.Fields(words)})
		return ok
	}
	first := load()
	if load() != first {
		t.Fatal("the same files indexed twice")
	}
	// other words, the same size and time: taken as unchanged
	write(a, "TRUMP: We are going to build a grand wall.\n", then)
	if load() != first {
		t.Fatal("a file of the same size and time read again")
	}
	// a new time: read again
	write(a, "TRUMP: We are going to build a grand wall.\n", then.Add(time.Second))
	second := load()
	if second == first || !holds(second, "build a grand wall") || holds(second, "build a great wall") {
		t.Fatal("a changed file not read again")
	}
	// a new size, the same time: read again
	write(b, "CLINTON: I have a plan for jobs.\n", then)
	if third := load(); third == second || !holds(third, "a plan for jobs") {
		t.Fatal("a file of another size not read again")
	}
	// a file gone: an error naming it, not the index kept
	if err := os.Remove(b); err != nil {
		t.Fatal(err)
	}
	if _, err := cache.Load([]string{a, b}); err == nil || !strings.Contains(err.Error(), "b.txt") {
		t.Errorf("a missing source: %v", err)
	}
}
