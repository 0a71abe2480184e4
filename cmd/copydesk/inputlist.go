package main

import (
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// inputList is the files of a run, kept to its end: every path one after
// another in one string, and an Input made from a path when the engine asks
// for it. A file costs its path and four bytes, where an engine.Input and
// its path in a slice cost over a hundred: a run over sixteen copies of an
// archive no longer grows with the list. Inputs that read themselves (a
// link, an entry that could not be read, a file named outright, standard
// input) are kept whole: there are few of them.
type inputList struct {
	paths      string
	ends       []uint32             // where path i ends in paths
	own        map[int]engine.Input // by index: inputs with their own Read
	readWalked func(path string) ([]byte, error)
}

// Len is the number of inputs.
func (l *inputList) Len() int { return len(l.ends) }

// Path is input i's path.
func (l *inputList) Path(i int) string {
	start := uint32(0)
	if i > 0 {
		start = l.ends[i-1]
	}
	return l.paths[start:l.ends[i]]
}

// Input makes input i.
func (l *inputList) Input(i int) engine.Input {
	if in, ok := l.own[i]; ok {
		return in
	}
	p := l.Path(i)
	f, _ := article.FormatOf(p)
	return engine.Input{Path: p, Format: f, ReadPath: l.readWalked}
}

// Slice makes every input, for the commands that want them all at once.
func (l *inputList) Slice() []engine.Input {
	out := make([]engine.Input, l.Len())
	for i := range out {
		out[i] = l.Input(i)
	}
	return out
}

// listBuilder makes an inputList.
type listBuilder struct {
	buf  strings.Builder // its String is the paths, not a copy of them
	ends []uint32
	own  map[int]engine.Input
}

// add appends an input: by its path alone when it is read by readWalked.
func (b *listBuilder) add(in engine.Input) {
	if in.Read != nil || in.Stdin || in.ReadPath == nil {
		if b.own == nil {
			b.own = map[int]engine.Input{}
		}
		b.own[len(b.ends)] = in
	}
	b.buf.WriteString(in.Path)
	b.ends = append(b.ends, uint32(b.buf.Len()))
}

// sortFrom puts the inputs from index from on in path order, as a walk
// lists them: its own order is by folder, which sorts "a/b" before "a-c".
func (b *listBuilder) sortFrom(from int) {
	all := b.buf.String()
	path := func(i int) string {
		start := uint32(0)
		if i > 0 {
			start = b.ends[i-1]
		}
		return all[start:b.ends[i]]
	}
	sorted := true
	for i := from + 1; i < len(b.ends) && sorted; i++ {
		sorted = path(i-1) <= path(i)
	}
	if sorted {
		return // the usual case: names without characters that sort before '/'
	}
	idx := make([]int, len(b.ends)-from)
	paths := make([]string, len(idx))
	for k := range idx {
		idx[k], paths[k] = from+k, path(from+k)
	}
	slices.SortStableFunc(idx, func(x, y int) int { return strings.Compare(paths[x-from], paths[y-from]) })
	own := map[int]engine.Input{}
	for i, in := range b.own {
		if i < from {
			own[i] = in
		}
	}
	start := uint32(0)
	if from > 0 {
		start = b.ends[from-1]
	}
	b.buf.Reset() // the paths before from, then these in order
	b.buf.WriteString(all[:start])
	b.ends = b.ends[:from]
	for _, i := range idx {
		if in, ok := b.own[i]; ok {
			own[len(b.ends)] = in
		}
		b.buf.WriteString(paths[i-from])
		b.ends = append(b.ends, uint32(b.buf.Len()))
	}
	b.own = own
}

// list is the inputs added, read by readWalked where they have no Read.
func (b *listBuilder) list(readWalked func(string) ([]byte, error)) *inputList {
	paths, ends := b.buf.String(), b.ends
	if b.buf.Cap() > len(paths)+len(paths)/8 { // grown by doubling: up to twice what it holds
		paths = strings.Clone(paths)
	}
	if cap(ends) > len(ends)+len(ends)/8 {
		ends = slices.Clone(ends)
	}
	return &inputList{paths: paths, ends: ends, own: b.own, readWalked: readWalked}
}

// listOf makes a list of inputs given as a slice.
func listOf(inputs []engine.Input) *inputList {
	var b listBuilder
	var read func(string) ([]byte, error)
	for _, in := range inputs {
		b.add(in)
		if in.Read == nil && in.ReadPath != nil {
			read = in.ReadPath // one function for every walked file
		}
	}
	return b.list(read)
}

// Len is the number of inputs added.
func (b *listBuilder) Len() int { return len(b.ends) }
