package article

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// readFrontMatter reads the configured fields of the YAML (---) or TOML
// (+++) front matter in src[start:end] as paragraphs: the headline and the
// standfirst of Hugo, Jekyll and Astro articles. The rest of the front
// matter is not prose and stays out.
//
// Only top-level keys with a value on one line are read: a plain, single-
// or double-quoted YAML scalar, or a TOML basic or literal string. A quoted
// value's text starts after its quote; an escape ("\"", "”", "\u2019")
// becomes an atomic piece over its source bytes, so every offset of the
// text maps to the exact bytes it came from. Values that continue on the
// next line (block scalars "|" and ">", folded plain or quoted scalars),
// TOML multi-line strings, and values with an escape copydesk does not know
// are left out, as they were before: their text cannot be edited in place
// without knowing the indentation, and a headline seldom needs it.
func (a *Article) readFrontMatter(start, end int, fields []string) {
	src := a.Source
	opener, i := lineAt(src, start)
	toml := string(bytes.TrimRight(opener, " \t")) == "+++"
	for i < end {
		line, next := lineAt(src, i)
		if next >= end { // the closing line
			return
		}
		if toml && bytes.HasPrefix(bytes.TrimLeft(line, " \t"), []byte("[")) {
			return // a table: its keys are not the article's
		}
		if name, vs, ok := frontKey(line, toml); ok && slices.Contains(fields, name) {
			le := i + len(line)
			cont := false
			if !toml {
				nl, _ := lineAt(src, next)
				cont = len(nl) > 0 && (nl[0] == ' ' || nl[0] == '\t') && !isBlank(nl)
			}
			if q, value, pieces, ok := frontValue(src, i+vs, le, toml); ok && !cont {
				a.addField(&Field{Name: name, Value: value, Whole: Span{i, le}, Quoting: q}, pieces)
			}
		}
		i = next
	}
}

// frontKey reads a top-level "key:" (YAML, at the start of the line) or
// "key =" (TOML) and returns the key and where its value starts.
func frontKey(line []byte, toml bool) (name string, vs int, ok bool) {
	i := 0
	if toml {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
	}
	k := i
	for i < len(line) && (isAlnum(line[i]) || line[i] == '_' || line[i] == '-') {
		i++
	}
	if i == k {
		return "", 0, false
	}
	name = string(line[k:i])
	sep := byte(':')
	if toml {
		sep = '='
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
	}
	if i == len(line) || line[i] != sep {
		return "", 0, false
	}
	i++
	if !toml && i < len(line) && line[i] != ' ' && line[i] != '\t' {
		return "", 0, false // "key:value" is a plain scalar, not a key
	}
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return name, i, i < len(line)
}

// frontValue reads the value starting at src[vs] and ending by le, the end
// of its line: its quoting, the span of its text and the pieces of it.
func frontValue(src []byte, vs, le int, toml bool) (Quoting, Span, []Piece, bool) {
	switch c := src[vs]; {
	case c == '"' && toml:
		if bytes.HasPrefix(src[vs:le], []byte(`"""`)) {
			return 0, Span{}, nil, false
		}
		return quoted(src, vs, le, TOMLBasic)
	case c == '"':
		return quoted(src, vs, le, YAMLDouble)
	case c == '\'' && toml:
		if bytes.HasPrefix(src[vs:le], []byte(`'''`)) {
			return 0, Span{}, nil, false
		}
		return quoted(src, vs, le, TOMLLiteral)
	case c == '\'':
		return quoted(src, vs, le, YAMLSingle)
	case toml:
		return 0, Span{}, nil, false // a number, a date, an array: not prose
	}
	// A plain scalar runs to a comment (" #") or the end of the line.
	e := le
	for j := vs; j < le; j++ {
		if src[j] == '#' && (src[j-1] == ' ' || src[j-1] == '\t') {
			e = j
			break
		}
	}
	for e > vs && (src[e-1] == ' ' || src[e-1] == '\t') {
		e--
	}
	v := string(src[vs:e])
	if v == "" || !YAMLPlain.wellFormed(v) {
		return 0, Span{}, nil, false
	}
	return YAMLPlain, Span{vs, e}, []Piece{{Text: v, Src: Span{vs, e}}}, true
}

// quoted reads a quoted string that opens at src[vs] and must close on its
// line, with only white space or a comment after it.
func quoted(src []byte, vs, le int, q Quoting) (Quoting, Span, []Piece, bool) {
	quote := src[vs]
	var pieces []Piece
	from := vs + 1
	verbatim := func(to int) {
		if to > from {
			pieces = append(pieces, Piece{Text: string(src[from:to]), Src: Span{from, to}})
		}
	}
	for i := vs + 1; i < le; {
		c := src[i]
		var text string
		n := 0
		switch {
		case c == quote && q == YAMLSingle && i+1 < le && src[i+1] == '\'':
			text, n = "'", 2
		case c == quote:
			if !restIsComment(src[i+1:le], q == YAMLDouble || q == YAMLSingle) {
				return 0, Span{}, nil, false
			}
			verbatim(i)
			return q, Span{vs + 1, i}, pieces, true
		case c == '\\' && (q == YAMLDouble || q == TOMLBasic):
			text, n = unescape(src[i:le], q == TOMLBasic)
			if n == 0 {
				return 0, Span{}, nil, false
			}
		default:
			i++
			continue
		}
		verbatim(i)
		pieces = append(pieces, atomic(text, Span{i, i + n})...)
		i += n
		from = i
	}
	return 0, Span{}, nil, false // not closed on its line
}

// restIsComment reports whether what follows a closing quote is only white
// space and perhaps a comment (in YAML, a "#" after white space).
func restIsComment(rest []byte, yaml bool) bool {
	t := bytes.TrimLeft(rest, " \t")
	return len(t) == 0 || t[0] == '#' && (!yaml || len(t) < len(rest))
}

// unescape decodes the backslash escape at the start of s: its text and
// its length, or n == 0 for one that YAML (or TOML) does not have.
func unescape(s []byte, toml bool) (text string, n int) {
	if len(s) < 2 {
		return "", 0
	}
	simple := yamlEscapes
	if toml {
		simple = tomlEscapes
	}
	if t, ok := simple[s[1]]; ok {
		return t, 2
	}
	d := map[byte]int{'u': 4, 'U': 8, 'x': 2}[s[1]]
	if d == 0 || toml && s[1] == 'x' || len(s) < 2+d {
		return "", 0
	}
	v, err := strconv.ParseUint(string(s[2:2+d]), 16, 32)
	if err != nil || !utf8.ValidRune(rune(v)) {
		return "", 0
	}
	return string(rune(v)), 2 + d
}

// tomlEscapes and yamlEscapes are the one-letter escapes of TOML basic
// strings and YAML double-quoted scalars, with the text each stands for.
var (
	tomlEscapes = map[byte]string{'b': "\b", 't': "\t", 'n': "\n", 'f': "\f", 'r': "\r", '"': `"`, '\\': `\`, 'e': "\x1b"}
	yamlEscapes = map[byte]string{'b': "\b", 't': "\t", 'n': "\n", 'f': "\f", 'r': "\r", '"': `"`, '\\': `\`, 'e': "\x1b",
		'0': "\x00", 'a': "\a", 'v': "\v", '\t': "\t", ' ': " ", '/': "/",
		'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029"}
)

// addField adds a field's value as a paragraph of its kind. A value whose
// text repeats an earlier field's (an og:title that copies the <title>),
// white space aside, is recorded but not read again, so that it is
// reported once, not twice.
func (a *Article) addField(f *Field, pieces []Piece) {
	a.Fields = append(a.Fields, f)
	n := len(a.Paragraphs)
	a.addParagraph(fieldKind(f.Name), pieces)
	if len(a.Paragraphs) == n {
		return
	}
	p := a.Paragraphs[n]
	for _, q := range a.Paragraphs[:n] {
		if q.field != nil && strings.Join(strings.Fields(q.Text), " ") == strings.Join(strings.Fields(p.Text), " ") {
			a.Paragraphs = a.Paragraphs[:n]
			return
		}
	}
	p.field = f
}
