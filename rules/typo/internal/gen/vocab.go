package main

// Newer vocabulary. SCOWL's lists are older than "influencer", "chatbot"
// or "omakase"; cspell's English dictionaries (npm @cspell/dict-en_us and
// @cspell/dict-en-gb-mit, MIT licence, kept up to date by their
// maintainers) have them. vocab.txt holds the words of those dictionaries
// that SCOWL lacks in every capitalisation, spelt as cspell spells them
// ("cyber", "Wikivoyage"): the rule accepts them as spelt (a name only
// with its capital), without suggestions or counts.

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// writeVocab writes out/vocab.txt from the cspell tries under dir
// (package/*.trie.gz of each package), one word a line.
func writeVocab(out, dir string, lex map[string]entry) error {
	tries, _ := filepath.Glob(filepath.Join(dir, "*", "package", "*.trie.gz"))
	if len(tries) == 0 {
		return fmt.Errorf("gen: no cspell .trie.gz under %s", dir)
	}
	known := map[string]bool{}
	for w := range lex {
		known[strings.ToLower(w)] = true
	}
	seen := map[string]bool{}
	for _, p := range tries {
		words, err := readTrie(p)
		if err != nil {
			return err
		}
		for _, w := range words {
			lw := strings.ToLower(w)
			if len(lw) >= 3 && plain(lw) && !known[lw] && (w == lw || w[1:] == lw[1:]) {
				seen[w] = true // lower case, or capitalised: no "McDonald"-like inner capitals
			}
		}
	}
	list := make([]string, 0, len(seen))
	for w := range seen {
		list = append(list, w)
	}
	sort.Strings(list)
	return os.WriteFile(filepath.Join(out, "vocab.txt"), []byte(strings.Join(list, "\n")+"\n"), 0o644)
}

// readTrie reads a cspell "TrieXv3" file (gzip): a stream of characters
// that walk a trie, with "$" ending a word (and stepping back one), "<" or
// a digit n after "$" or "<" stepping back (n−1 more), "#ref;" making the
// node just entered a copy of node ref (in the base the header gives;
// nodes are numbered as they are entered, end-of-word leaves not counted),
// and "\" escaping the next character.
func readTrie(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	radix := 10
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if v, ok := strings.CutPrefix(line, "base="); ok {
			radix, _ = strconv.Atoi(v)
		}
		if line == "__DATA__" {
			break
		}
	}
	b := newTrieBuilder()
	for sc.Scan() {
		for _, r := range sc.Text() {
			if err := b.feed(r, radix); err != nil {
				return nil, fmt.Errorf("gen: %s: %w", path, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	var words []string
	b.root.walk(nil, func(w []rune) { words = append(words, string(w)) }, 0)
	return words, nil
}

type trieNode struct {
	end  bool
	kids map[rune]*trieNode
}

func (n *trieNode) walk(prefix []rune, emit func([]rune), depth int) {
	if n.end {
		emit(prefix)
	}
	if depth > 64 {
		return // no word is that long; a guard against a malformed file
	}
	keys := make([]rune, 0, len(n.kids))
	for r := range n.kids {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, r := range keys {
		n.kids[r].walk(append(prefix, r), emit, depth+1)
	}
}

// trieBuilder replays the stream: stack[d] is the node at depth d and the
// character by which stack[d+1] hangs from it.
type trieBuilder struct {
	root, cur *trieNode
	eow       *trieNode // the shared end-of-word leaf
	nodes     []*trieNode
	stack     []struct {
		n *trieNode
		c rune
	}
	depth int
	state byte // 0 main, '#' reading a reference, '\\' escape, '<' after a step back
	ref   []rune
	esc   bool
}

func newTrieBuilder() *trieBuilder {
	root := &trieNode{}
	eow := &trieNode{end: true}
	b := &trieBuilder{root: root, cur: root, eow: eow, nodes: []*trieNode{root, eow}}
	b.stack = append(b.stack, struct {
		n *trieNode
		c rune
	}{root, 0})
	return b
}

func (b *trieBuilder) feed(r rune, radix int) error {
	switch b.state {
	case '#':
		if r != ';' {
			b.ref = append(b.ref, r)
			return nil
		}
		id, err := strconv.ParseInt(string(b.ref), radix, 64)
		if err != nil || int(id)+1 >= len(b.nodes) {
			return fmt.Errorf("bad reference %q", string(b.ref))
		}
		s := b.stack[b.depth]
		s.n.kids[s.c] = b.nodes[id+1]
		b.nodes = b.nodes[:len(b.nodes)-1]
		b.state, b.ref = 0, b.ref[:0]
		return nil
	case '\\':
		if r == '\\' && !b.esc {
			b.esc = true
			return nil
		}
		b.state, b.esc = 0, false
		b.insert(r)
		return nil
	case '<':
		if r == '<' {
			return b.back(1)
		}
		if r >= '2' && r <= '9' {
			return b.back(int(r-'0') - 1)
		}
		b.state = 0
	}
	switch r {
	case '\n', '\r':
	case '$':
		b.markEnd()
		b.state = '<'
		return b.back(1)
	case '<':
		b.state = '<'
		return b.back(1)
	case '#':
		b.state = '#'
	case '\\':
		b.state = '\\'
	default:
		b.insert(r)
	}
	return nil
}

func (b *trieBuilder) insert(r rune) {
	if b.cur == b.eow {
		// the shared leaf gets children: give this path its own copy
		s := b.stack[b.depth]
		cp := &trieNode{end: true}
		s.n.kids[s.c] = cp
		b.cur = cp
		b.nodes = append(b.nodes, cp)
	}
	if b.cur.kids == nil {
		b.cur.kids = map[rune]*trieNode{}
	}
	next := b.cur.kids[r]
	if next == nil {
		next = &trieNode{}
		b.cur.kids[r] = next
	}
	b.nodes = append(b.nodes, next)
	b.depth++
	item := struct {
		n *trieNode
		c rune
	}{b.cur, r}
	if b.depth < len(b.stack) {
		b.stack[b.depth] = item
	} else {
		b.stack = append(b.stack, item)
	}
	b.cur = next
}

func (b *trieBuilder) markEnd() {
	if b.cur.kids == nil {
		s := b.stack[b.depth]
		s.n.kids[s.c] = b.eow
		if b.nodes[len(b.nodes)-1] == b.cur {
			b.nodes = b.nodes[:len(b.nodes)-1]
		}
		b.cur = b.eow
		return
	}
	b.cur.end = true
}

func (b *trieBuilder) back(n int) error {
	if n <= 0 {
		return nil
	}
	if n > b.depth {
		return fmt.Errorf("step back %d from depth %d", n, b.depth)
	}
	b.depth -= n
	b.cur = b.stack[b.depth+1].n
	return nil
}
