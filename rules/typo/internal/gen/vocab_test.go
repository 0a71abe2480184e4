package main

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// A stream written by hand: "$" ends a word and steps back, so "joys$$"
// ends "joys" and then "joy"; the words come back sorted.
func TestReadTrie(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.trie.gz")
	f, _ := os.Create(p)
	zw := gzip.NewWriter(f)
	zw.Write([]byte("TrieXv3\nbase=10\n# comment\n__DATA__\njoys$$t$<<ob\\$$\n"))
	zw.Close()
	f.Close()
	got, err := readTrie(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"jot", "joy", "joys", "ob$"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
