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
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte("TrieXv3\nbase=10\n# comment\n__DATA__\njoys$$t$<<ob\\$$\n")); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := readTrie(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"jot", "joy", "joys", "ob$"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
