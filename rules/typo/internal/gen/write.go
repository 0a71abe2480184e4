package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"sort"
	"strings"
)

// create opens a gzip writer on path; close flushes both.
func create(path string, write func(w *bufio.Writer)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	write(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// writeLexicon writes "word TAB class TAB flag TAB count" lines, sorted.
func writeLexicon(path string, lex map[string]entry) error {
	return create(path, func(w *bufio.Writer) {
		for _, k := range sortedKeys(lex) {
			e := lex[k]
			fmt.Fprintf(w, "%s\t%d\t%s\t%d\n", k, e.class, e.flag, e.count)
		}
	})
}

// writeBigrams keeps the pairs seen at least twice whose words are in the
// lexicon: a pair seen once says little and would double the file.
func writeBigrams(path string, pairs map[[2]string]int, lex map[string]entry) error {
	known := func(t string) bool {
		if t == "." {
			return true
		}
		_, ok := lex[t]
		return ok
	}
	var keys []string
	for p, n := range pairs {
		if n >= 2 && known(p[0]) && known(p[1]) {
			keys = append(keys, p[0]+" "+p[1])
		}
	}
	sort.Strings(keys)
	return create(path, func(w *bufio.Writer) {
		for _, k := range keys {
			a, b, _ := strings.Cut(k, " ")
			fmt.Fprintf(w, "%s\t%d\n", k, pairs[[2]string{a, b}])
		}
	})
}
