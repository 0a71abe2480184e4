package main

import "strings"

// wildmatch is git's glob for ignore patterns (wildmatch.c with
// WM_PATHNAME), written anew in Go: path.Match reads "[!a]", "**" and
// "[:digit:]" otherwise, and a pattern git reads one way must not be read
// another way here. It works on bytes, as git does, so "?" is one byte.
//
//   - any run of bytes but "/"
//     **     any run of bytes, "/" too, when it is a whole path element
//     ("**/x", "x/**", "x/**/y"); elsewhere it is "*"
//     ?      one byte but "/"
//     [...]  one byte of a set: bytes, ranges "a-z", classes "[:digit:]";
//     negated by a leading "!" or "^"; never "/"
//     \c     the byte c itself
func wildmatch(pattern, text string) bool {
	return dowild(pattern, 0, text) == wmMatch
}

type wmResult int

const (
	wmMatch     wmResult = iota
	wmNoMatch            // an enclosing "*" may try its next length
	wmAbortAll           // the text ran out: no longer "*" can help either
	wmAbortStar          // a "*" met a "/": only an enclosing "**" may go on
)

// dowild matches pat[i:] against t; pat is whole so that a "**" can see
// the byte before it.
func dowild(pat string, i int, t string) wmResult {
	for ; i < len(pat); i, t = i+1, t[1:] {
		c := pat[i]
		if len(t) == 0 && c != '*' {
			return wmAbortAll
		}
		switch c {
		case '\\':
			i++
			if i == len(pat) || t[0] != pat[i] {
				return wmNoMatch // a lone "\" at the end matches nothing
			}
		case '?':
			if t[0] == '/' {
				return wmNoMatch
			}
		case '*':
			return star(pat, i, t)
		case '[':
			end, r := class(pat, i, t[0])
			if r != wmMatch {
				return r
			}
			i = end // the closing "]"
		default:
			if t[0] != c {
				return wmNoMatch
			}
		}
	}
	if len(t) > 0 {
		return wmNoMatch
	}
	return wmMatch
}

// star matches the "*" or "**" at pat[i] and what follows it.
func star(pat string, i int, t string) wmResult {
	slash := false // whether the star may cross a "/"
	j := i + 1
	if j < len(pat) && pat[j] == '*' {
		for j < len(pat) && pat[j] == '*' {
			j++
		}
		rest := pat[j:]
		if (i == 0 || pat[i-1] == '/') &&
			(rest == "" || rest[0] == '/' || strings.HasPrefix(rest, `\/`)) {
			// "x/**/y" matches "x/y" too: try "**/" as no folder at all
			if rest != "" && rest[0] == '/' && dowild(pat, j+1, t) == wmMatch {
				return wmMatch
			}
			slash = true
		}
	}
	if j == len(pat) {
		// a trailing "**" takes everything; a trailing "*" not a "/"
		if !slash && strings.Contains(t, "/") {
			return wmAbortStar
		}
		return wmMatch
	}
	if !slash && pat[j] == '/' {
		// "*/" takes the rest of this path element
		k := strings.IndexByte(t, '/')
		if k < 0 {
			return wmAbortAll
		}
		return dowild(pat, j, t[k:])
	}
	for ; len(t) > 0; t = t[1:] {
		r := dowild(pat, j, t)
		if r != wmNoMatch {
			if !slash || r != wmAbortStar {
				return r
			}
		} else if !slash && t[0] == '/' {
			return wmAbortStar
		}
	}
	return wmAbortAll
}

// class matches the byte b against the set that opens at pat[i] ("["). It
// returns the index of the closing "]".
func class(pat string, i int, b byte) (int, wmResult) {
	i++
	negated := i < len(pat) && (pat[i] == '!' || pat[i] == '^')
	if negated {
		i++
	}
	matched := false
	var prev byte // the last single byte, the start of a range "a-z"
	// the first byte belongs to the set even when it is "]": "[]a]"
	for first := true; first || i < len(pat) && pat[i] != ']'; first, i = false, i+1 {
		if i >= len(pat) {
			return i, wmAbortAll // no closing "]": the pattern matches nothing
		}
		c := pat[i]
		switch {
		case c == '\\':
			i++
			if i == len(pat) {
				return i, wmAbortAll
			}
			c = pat[i]
			matched = matched || b == c
		case c == '-' && prev != 0 && i+1 < len(pat) && pat[i+1] != ']':
			i++
			hi := pat[i]
			if hi == '\\' {
				i++
				if i == len(pat) {
					return i, wmAbortAll
				}
				hi = pat[i]
			}
			matched = matched || prev <= b && b <= hi
			prev = 0
			continue
		case c == '[' && i+1 < len(pat) && pat[i+1] == ':':
			end := strings.IndexByte(pat[i+2:], ']')
			if end < 0 {
				return i, wmAbortAll
			}
			name := pat[i+2 : i+2+end]
			if !strings.HasSuffix(name, ":") {
				matched = matched || b == '[' // no ":]": a plain "["
				break
			}
			in, ok := inClass(strings.TrimSuffix(name, ":"), b)
			if !ok {
				return i, wmAbortAll // an unknown class: git matches nothing
			}
			matched = matched || in
			i += 2 + end
			prev = 0
			continue
		default:
			matched = matched || b == c
		}
		prev = c
	}
	if i >= len(pat) {
		return i, wmAbortAll
	}
	if matched == negated || b == '/' {
		return i, wmNoMatch
	}
	return i, wmMatch
}

// inClass says whether b is in the POSIX class name (ASCII only, as git).
func inClass(name string, b byte) (in, ok bool) {
	lower := 'a' <= b && b <= 'z'
	upper := 'A' <= b && b <= 'Z'
	digit := '0' <= b && b <= '9'
	graph := '!' <= b && b <= '~'
	switch name {
	case "alnum":
		return lower || upper || digit, true
	case "alpha":
		return lower || upper, true
	case "blank":
		return b == ' ' || b == '\t', true
	case "cntrl":
		return b < ' ' || b == 0x7f, true
	case "digit":
		return digit, true
	case "graph":
		return graph, true
	case "lower":
		return lower, true
	case "print":
		return graph || b == ' ', true
	case "punct":
		return graph && !lower && !upper && !digit, true
	case "space":
		return b == ' ' || '\t' <= b && b <= '\r', true
	case "upper":
		return upper, true
	case "xdigit":
		return digit || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F', true
	}
	return false, false
}
