package typo

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// readLexicon reads the embedded files, the three big ones side by side:
// start-up is most of what a one-file run costs.
func readLexicon() (*lexicon, error) {
	l := &lexicon{folded: map[string]string{}, toUS: map[string]string{}, toGB: map[string]string{},
		accented: map[string]bool{}}
	var near []string // in file order, which is sorted like l.rare
	errs := make([]error, 3)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); errs[1] = l.readBigrams() }()
	go func() { defer wg.Done(); near, errs[2] = l.readNearMisses() }()
	errs[0] = l.readWords()
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	l.indexRare()
	l.markNearMisses(near)
	for w := range confusions {
		l.markAlts(w)
	}
	l.hot = map[string]entry{} // last: it copies the entries
	for w, e := range l.words {
		if e.count >= hotCount {
			l.hot[w] = e
		}
	}
	err := eachLine("data/variants.tsv", func(f []string) error {
		if _, ok := l.toUS[f[0]]; !ok {
			l.toUS[f[0]] = f[1]
		}
		if _, ok := l.toGB[f[1]]; !ok {
			l.toGB[f[1]] = f[0]
		}
		return nil
	})
	return l, err
}

func (l *lexicon) readWords() error {
	l.words = make(map[string]entry, 140000)
	l.rare, l.rareE = make([]string, 0, 390000), make([]entry, 0, 390000)
	return eachLine("data/lexicon.tsv.gz", func(f []string) error {
		class, _ := strconv.Atoi(f[1])
		count, _ := strconv.Atoi(f[3])
		e := entry{class: uint8(class), count: uint32(count)}
		if f[2] != "" {
			e.flag = f[2][0]
		}
		if !isASCII(f[0]) {
			l.accented[stripAccents(strings.ToLower(f[0]))] = true
		}
		if e.class >= 80 && e.count == 0 {
			l.rare, l.rareE = append(l.rare, f[0]), append(l.rareE, e)
			return nil // no folded form: a rare name is no excuse for a lower-case word
		}
		l.words[f[0]] = e
		l.total += float64(count)
		if lw := strings.ToLower(f[0]); lw != f[0] {
			if _, ok := l.folded[lw]; !ok {
				l.folded[lw] = f[0]
			}
		}
		return nil
	})
}

func (l *lexicon) readBigrams() error {
	l.bigrams = make(map[string]uint32, 140000)
	return eachLine("data/bigrams.tsv.gz", func(f []string) error {
		n, _ := strconv.Atoi(f[1])
		l.bigrams[f[0]] = uint32(n)
		if strings.HasPrefix(f[0], ". ") {
			l.bounds += float64(n)
		}
		return nil
	})
}

func (l *lexicon) readNearMisses() ([]string, error) {
	l.nearMiss = make(map[string][]string, 85000)
	var near []string
	err := eachLine("data/nearmiss.tsv.gz", func(f []string) error {
		l.nearMiss[f[0]] = strings.Split(f[1], " ")
		near = append(near, f[0])
		return nil
	})
	return near, err
}

// markNearMisses flags the words that have near misses, walking the two
// sorted lists together rather than searching the rare list for each.
func (l *lexicon) markNearMisses(near []string) {
	r := 0
	for _, w := range near {
		if e, ok := l.words[w]; ok {
			e.alts = true
			l.words[w] = e
			continue
		}
		for r < len(l.rare) && l.rare[r] < w {
			r++
		}
		if r < len(l.rare) && l.rare[r] == w {
			l.rareE[r].alts = true
		}
	}
}

func (l *lexicon) markAlts(w string) {
	if e, ok := l.words[w]; ok {
		e.alts = true
		l.words[w] = e
	} else if i, ok := l.rareIndex(w); ok {
		l.rareE[i].alts = true
	}
}

func prefix2(w string) int {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// indexRare fills rareFrom: where in the sorted rare list the words with
// each two-byte prefix start.
func (l *lexicon) indexRare() {
	l.rareFrom = make([]int32, 1<<16)
	i := 0
	for k := range l.rareFrom {
		for i < len(l.rare) && prefix2(l.rare[i]) < k {
			i++
		}
		l.rareFrom[k] = int32(i)
	}
}

// eachLine calls fn with the tab-separated fields of each line of an
// embedded file, gunzipping it when its name ends in .gz. The fields are
// slices of one string holding the whole file, so the map keys made from
// them cost no allocation of their own.
func eachLine(name string, fn func([]string) error) error {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("typo: %s: %w", name, err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			return fmt.Errorf("typo: %s: %w", name, err)
		}
	}
	text := string(b)
	fields := make([]string, 0, 4)
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		fields = fields[:0]
		for {
			f, more, found := strings.Cut(line, "\t")
			fields = append(fields, f)
			if !found {
				break
			}
			line = more
		}
		if len(fields) < 2 {
			continue
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("typo: %s: %w", name, err)
		}
	}
	return nil
}
