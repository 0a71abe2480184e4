package config

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// Limits on the files the configuration is read from. The YAML parser has
// none of its own: its cost grows faster than the depth of nesting (200 KB
// of "[" took 15 GB), and it keeps a few hundred bytes per token. Real
// files are far inside these: a config is a few KB, a names list of
// thousands of people a few hundred KB.
const (
	MaxConfigSize     = 1 << 20  // bytes of .copydesk.yml
	MaxNamesFileSize  = 4 << 20  // bytes of a names file (YAML)
	MaxDictionarySize = 16 << 20 // bytes of a dictionary file (one word a line)
	MaxYAMLDepth      = 32       // nested lists and mappings in a YAML file
	// MaxAliasNodes is how many values aliases (*name) may repeat in all:
	// each alias stands for a copy of its anchor's value, so a few hundred
	// aliases of a long list make a small file decode for minutes.
	MaxAliasNodes = 100_000
)

// fileKind names a kind of file in messages, with its size limit.
type fileKind struct {
	name  string // "config file", "names file", "dictionary file"
	limit int64
}

var (
	configFile     = fileKind{"config file", MaxConfigSize}
	namesFile      = fileKind{"names file", MaxNamesFileSize}
	dictionaryFile = fileKind{"dictionary file", MaxDictionarySize}
)

// tooLargeError is a file over its kind's size limit.
type tooLargeError struct {
	path string
	kind fileKind
}

func (e *tooLargeError) Error() string {
	return fmt.Sprintf("%s is larger than %s, the limit for a %s", e.path, mib(e.kind.limit), e.kind.name)
}

// mib is a size in whole mebibytes, as the limits are set.
func mib(n int64) string { return fmt.Sprintf("%d MiB", n>>20) }

// readLimited reads a file of a kind, refusing it (without reading further)
// once it passes the kind's limit: a link to /dev/zero or a huge file
// costs no more than the limit.
func readLimited(path string, kind fileKind) ([]byte, error) {
	if err := notRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, kind.limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > kind.limit {
		return nil, &tooLargeError{path, kind}
	}
	return data, nil
}

// notRegular refuses a named pipe, device or socket in the file system: a
// .copydesk.yml that is a FIFO would wait for a writer for ever, and one
// linked to /dev/zero or /dev/stdin is no config. A pipe the shell passes
// (--config <(...), a /dev/fd or /proc path) is read as given, and so is
// --config /dev/null, the usual way to say "no config".
func notRegular(path string) error {
	st, err := os.Stat(path)
	if err != nil || st.Mode().IsRegular() || st.IsDir() {
		return nil // Open reports a missing file or a folder
	}
	if abs, _ := filepath.Abs(path); abs == os.DevNull || strings.HasPrefix(abs, "/dev/fd/") || strings.HasPrefix(abs, "/proc/") {
		return nil
	}
	what := "not a regular file"
	switch m := st.Mode(); {
	case m&os.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&os.ModeDevice != 0:
		what = "a device"
	case m&os.ModeSocket != 0:
		what = "a socket"
	}
	return fmt.Errorf("%s: %s, not a regular file; copydesk reads its config, dictionaries and names lists only from files", path, what)
}

// checkText refuses a file that is not UTF-8 text: a byte that is not
// UTF-8, or a control character other than tab, line feed and carriage
// return (a NUL is the mark of a binary file). The error names the file
// and the line and column (in bytes, from 1) of the first bad byte.
func checkText(path string, data []byte, kind fileKind) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return fmt.Errorf("%s:%d:%d: not UTF-8 text (byte 0x%02x): a %s must be UTF-8 text", path, line, col, data[i], kind.name)
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f:
			return fmt.Errorf("%s:%d:%d: control character %U: a %s must be text, not binary", path, line, col, r, kind.name)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		i += size
	}
	return nil
}

// parseYAML parses a YAML file's bytes once they are known to be text no
// deeper than MaxYAMLDepth. The depth is counted on the parser's own
// tokens, so no quoting or comment can hide nesting from the count, and
// the tokens are then parsed without being read again.
func parseYAML(path string, data []byte) (*ast.File, error) {
	tokens := lexer.Tokenize(string(data))
	if tk := tooDeep(tokens, MaxYAMLDepth); tk != nil {
		return nil, fmt.Errorf("%s:%d:%d: nested more than %d deep, the limit for lists and mappings", path, tk.Position.Line, tk.Position.Column, MaxYAMLDepth)
	}
	file, err := parser.Parse(tokens, 0)
	if err != nil {
		return nil, configError(path, err)
	}
	if n := overAliased(file, MaxAliasNodes); n != nil {
		return nil, errorAt(path, n, "aliases repeat more than %d values, the limit for a file", MaxAliasNodes)
	}
	return file, nil
}

// overAliased is the first alias at which the values the file's aliases
// stand for (each counted with what it holds, aliases in it expanded)
// pass limit; nil if they never do. Anchors come before their aliases.
func overAliased(file *ast.File, limit int) ast.Node {
	anchored := map[string]int{} // anchor name → values in its value
	repeated := 0
	var over ast.Node
	// size is the number of values in n, aliases expanded, at most limit+1
	// so that anchors of anchors cannot overflow it.
	var size func(n ast.Node) int
	size = func(n ast.Node) int {
		total := 0
		switch n := n.(type) {
		case nil:
		case *ast.DocumentNode:
			total = size(n.Body)
		case *ast.MappingNode:
			total = 1
			for _, v := range n.Values {
				total += size(v)
			}
		case *ast.MappingValueNode:
			total = size(n.Key) + size(n.Value)
		case *ast.MappingKeyNode:
			total = size(n.Value)
		case *ast.SequenceNode:
			total = 1
			for _, v := range n.Values {
				total += size(v)
			}
		case *ast.TagNode:
			total = size(n.Value)
		case *ast.AnchorNode:
			total = size(n.Value)
			if n.Name != nil {
				anchored[n.Name.String()] = total
			}
		case *ast.AliasNode:
			if n.Value != nil {
				total = anchored[n.Value.String()]
			}
			if repeated += total; repeated > limit && over == nil {
				over = n
			}
		default:
			total = 1
		}
		return min(total, limit+1)
	}
	for _, doc := range file.Docs {
		size(doc)
	}
	return over
}

// tooDeep is the first token at which the nesting of lists and mappings
// passes limit; nil if it never does. Flow collections ([ ] and { }) count
// by their brackets; block collections by indentation: each line (and each
// item after a "- " or "? " on the same line, as in "- - a") indented more
// than the enclosing one opens a level, a list's "-" opens one even at its
// mapping key's column, and a line less indented closes the levels it is
// left of. The count can exceed the parser's by one (a block scalar leaf
// counts as a level) but should never fall short of it.
func tooDeep(tokens token.Tokens, limit int) *token.Token {
	var levels []blockLevel // the open block levels, innermost last
	flow := 0
	line := 0
	var prev *token.Token
	for _, tk := range tokens {
		if tk.Position == nil || tk.Type == token.CommentType {
			continue
		}
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		}
		// A flow collection's own bracket stands in the block around it.
		opensFlow := flow == 1 && (tk.Type == token.SequenceStartType || tk.Type == token.MappingStartType)
		startsItem := tk.Position.Line != line ||
			prev != nil && (prev.Type == token.SequenceEntryType || prev.Type == token.MappingKeyType)
		if (flow == 0 || opensFlow) && startsItem {
			levels = enterBlock(levels, tk.Position.Column, tk.Type == token.SequenceEntryType)
		}
		if len(levels)+flow > limit {
			return tk
		}
		line, prev = tk.Position.Line, tk
	}
	return nil
}

// blockLevel is an open block collection: the column its items start at,
// and whether it is a list (its items start with "-").
type blockLevel struct {
	col  int
	list bool
}

// enterBlock updates the open block levels for an item starting at col (a
// list item if dash): levels right of it end, as does a list at its column
// when the item is not a list item; then the item opens a level unless it
// continues the innermost one.
func enterBlock(levels []blockLevel, col int, dash bool) []blockLevel {
	for len(levels) > 0 {
		top := levels[len(levels)-1]
		if top.col < col || top.col == col && (dash || !top.list) {
			break
		}
		levels = levels[:len(levels)-1]
	}
	if n := len(levels); n == 0 || levels[n-1].col < col || levels[n-1].list != dash {
		levels = append(levels, blockLevel{col, dash})
	}
	return levels
}
