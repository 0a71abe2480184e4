package main

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// inputList is the files of a run, kept to its end: each folder once, the
// files' names one after another in one string, and an Input made from
// them when the engine asks for it. A walked file costs its name and about
// four bytes, where an engine.Input, its closure and its path cost some
// hundreds: a run over sixteen copies of an archive hardly grows with the
// list. Inputs that read themselves (a link, an entry that could not be
// read, a file named outright, standard input) are kept whole: there are
// few of them.
type inputList struct {
	folders    []folderRun
	names      string
	ends       []uint32             // where name i ends in names
	own        map[int]engine.Input // by index: inputs with their own Read
	readWalked func(path string) ([]byte, error)
}

// folderRun says that the inputs from first on, up to the next run's
// first, are in folder (which ends with its separator, or is "" for a path
// with none).
type folderRun struct {
	first  int
	folder string
}

// Len is the number of inputs.
func (l *inputList) Len() int { return len(l.ends) }

// Path is input i's path, as it was given or walked.
func (l *inputList) Path(i int) string {
	start := uint32(0)
	if i > 0 {
		start = l.ends[i-1]
	}
	r := sort.Search(len(l.folders), func(k int) bool { return l.folders[k].first > i }) - 1
	return l.folders[r].folder + l.names[start:l.ends[i]]
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

// listBuilder makes an inputList. Every input added must be read by the
// same function (the readWalked given to done) unless it has a Read of its
// own: one collect of one run, with one size limit, makes a list.
type listBuilder struct {
	folders []folderRun
	names   []byte // the names, one after another
	ends    []uint32
	own     map[int]engine.Input
}

// Len is the number of inputs added.
func (b *listBuilder) Len() int { return len(b.ends) }

// add appends an input: by its path alone when it is read by readWalked.
func (b *listBuilder) add(in engine.Input) {
	if in.Read != nil || in.Stdin || in.ReadPath == nil {
		if b.own == nil {
			b.own = map[int]engine.Input{}
		}
		b.own[len(b.ends)] = in
	}
	b.addPath(in.Path)
}

func (b *listBuilder) addPath(path string) {
	cut := strings.LastIndexAny(path, "/"+string(filepath.Separator)) + 1
	if n := len(b.folders); n == 0 || b.folders[n-1].folder != path[:cut] {
		b.folders = append(b.folders, folderRun{first: len(b.ends), folder: path[:cut]})
	}
	b.names = append(b.names, path[cut:]...)
	b.ends = append(b.ends, uint32(len(b.names)))
}

// start is where name i begins in names.
func (b *listBuilder) start(i int) uint32 {
	if i == 0 {
		return 0
	}
	return b.ends[i-1]
}

// path is input i's path.
func (b *listBuilder) path(i int) string {
	r := sort.Search(len(b.folders), func(k int) bool { return b.folders[k].first > i }) - 1
	return b.folders[r].folder + string(b.names[b.start(i):b.ends[i]])
}

// sortFrom puts the inputs from index from on in path order, as a walk
// lists them: its own order is by folder, which sorts "a/b" before "a-c".
// Only those inputs are looked at, so a run of many folders costs each
// folder's files once.
func (b *listBuilder) sortFrom(from int) {
	sorted := true
	for i := from + 1; i < b.Len() && sorted; i++ {
		sorted = b.path(i-1) <= b.path(i)
	}
	if sorted {
		return // the usual case: names without characters that sort before '/'
	}
	type entry struct {
		path string
		in   engine.Input
		own  bool
	}
	tail := make([]entry, 0, b.Len()-from)
	for i := from; i < b.Len(); i++ {
		in, own := b.own[i]
		tail = append(tail, entry{path: b.path(i), in: in, own: own})
		delete(b.own, i)
	}
	slices.SortStableFunc(tail, func(x, y entry) int { return strings.Compare(x.path, y.path) })
	// cut the builder back to the inputs before from, then add the rest in order
	b.names = b.names[:b.start(from)]
	b.ends = b.ends[:from]
	for len(b.folders) > 0 && b.folders[len(b.folders)-1].first >= from {
		b.folders = b.folders[:len(b.folders)-1]
	}
	for _, e := range tail {
		if e.own {
			b.add(e.in)
		} else {
			b.addPath(e.path)
		}
	}
}

// done is the list to keep, read by readWalked where an input has no Read:
// its slices no longer than they need be (each grew by doubling, to up to
// twice what it holds).
func (b *listBuilder) done(readWalked func(string) ([]byte, error)) *inputList {
	return &inputList{
		folders:    slices.Clip(slices.Clone(b.folders)),
		names:      string(b.names),
		ends:       slices.Clip(slices.Clone(b.ends)),
		own:        b.own,
		readWalked: readWalked,
	}
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
	return b.done(read)
}
