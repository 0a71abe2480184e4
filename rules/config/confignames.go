package config

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/goccy/go-yaml/ast"
)

// The newsroom's lists are checked as they are loaded: a name-spelling or
// typo fix writes their text into articles, so a NUL or other junk in a
// preferred spelling would end up in the copy, and two entries that
// correct each other would make fix undo its own work.

// namesList is a list of names entries and where it was read: the file, the
// YAML sequence the entries came from (nil if unknown) and its key path.
type namesList struct {
	path    string
	entries []rules.NameEntry
	node    ast.Node
	keyPath string
}

// entryNode is the YAML node of entry i's key ("preferred", "variants"),
// or of variant j when j >= 0; nil when the list has no such node.
func (l namesList) entryNode(i int, key string, j int) ast.Node {
	seq, ok := l.node.(*ast.SequenceNode)
	if !ok || i >= len(seq.Values) {
		return nil
	}
	n := valueAt(seq.Values[i], key)
	if vs, ok := n.(*ast.SequenceNode); ok && j >= 0 && j < len(vs.Values) {
		return vs.Values[j]
	}
	return n
}

// check reports the first entry without a preferred spelling, or with a
// spelling (preferred or variant) that cannot be a name.
func (l namesList) check() error {
	for i, e := range l.entries {
		if strings.TrimSpace(e.Preferred) == "" {
			return errorAt(l.path, l.entryNode(i, "preferred", -1), "%s[%d]: missing preferred, the spelling its variants are corrected to", l.keyPath, i)
		}
		if p := nameProblem(e.Preferred); p != "" {
			return errorAt(l.path, l.entryNode(i, "preferred", -1), "%s[%d].preferred: %q %s", l.keyPath, i, e.Preferred, p)
		}
		for j, v := range e.Variants {
			if p := nameProblem(v); p != "" {
				return errorAt(l.path, l.entryNode(i, "variants", j), "%s[%d].variants[%d]: %q %s", l.keyPath, i, j, v, p)
			}
		}
	}
	return nil
}

// nameProblem says what makes s unfit to be a name ("" if nothing): a name
// is letters (with their marks), digits, spaces and the punctuation of
// names (' ’ ‘ ʼ - ‐ ‑ . , ·), with at least one letter.
func nameProblem(s string) string {
	if p := textProblem(s); p != "" {
		return p
	}
	letter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsMark(r), unicode.IsDigit(r), unicode.Is(unicode.Zs, r), r == zwnj, r == zwj:
		case strings.ContainsRune("'’‘ʼ-‐‑.,·", r):
		default:
			return fmt.Sprintf("has %q (%U), which is not part of a name", r, r)
		}
	}
	if !letter {
		return "has no letter: a name is letters, with spaces, hyphens and apostrophes"
	}
	return ""
}

// Joiners, which some scripts write inside words (Persian, the Indic scripts).
const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

// textProblem says why s cannot go into an article as it is ("" if it
// can): bytes that are not UTF-8, control and format characters (NUL,
// escape sequences, bidi overrides, zero-width spaces), private-use and
// unassigned characters.
func textProblem(s string) string {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return "is not UTF-8 text"
			}
			return fmt.Sprintf("has %U, the replacement character of a bad decoding", r)
		case r == zwnj || r == zwj:
		case unicode.IsControl(r):
			return fmt.Sprintf("has %U, a control character", r)
		case unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs) || !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z):
			return fmt.Sprintf("has %U, an invisible or unassigned character", r)
		}
	}
	return ""
}

// checkNameConflicts refuses lists (the config's, then each names file's,
// in order) whose entries contradict each other: a variant that is its own
// preferred spelling, a variant listed under two preferred spellings, or a
// preferred spelling that is another entry's variant. Spellings are
// compared as written, with runs of spaces as one.
func checkNameConflicts(lists []namesList) error {
	type use struct {
		preferred string // the entry's preferred spelling
		variant   bool   // listed as a variant (else as a preferred spelling)
		place     string // file:line:col
	}
	seen := map[string]use{}
	for _, l := range lists {
		for i, e := range l.entries {
			pref := oneSpaced(e.Preferred)
			n := l.entryNode(i, "preferred", -1)
			if u, ok := seen[pref]; ok && u.variant {
				return errorAt(l.path, n, "%s[%d].preferred: %q is also listed as a variant of %q (%s)", l.keyPath, i, pref, u.preferred, u.place)
			}
			if _, ok := seen[pref]; !ok {
				seen[pref] = use{pref, false, place(l.path, n)}
			}
			for j, v := range e.Variants {
				v, n := oneSpaced(v), l.entryNode(i, "variants", j)
				u, ok := seen[v]
				switch {
				case v == pref:
					return errorAt(l.path, n, "%s[%d].variants[%d]: %q is the entry's own preferred spelling", l.keyPath, i, j, v)
				case ok && !u.variant:
					return errorAt(l.path, n, "%s[%d].variants[%d]: %q is also listed as a preferred spelling (%s)", l.keyPath, i, j, v, u.place)
				case ok && u.preferred != pref:
					return errorAt(l.path, n, "%s[%d].variants[%d]: %q is also listed as a variant of %q (%s)", l.keyPath, i, j, v, u.preferred, u.place)
				case !ok:
					seen[v] = use{pref, true, place(l.path, n)}
				}
			}
		}
	}
	return nil
}

// oneSpaced is s with runs of white space as one space, and none at the ends.
func oneSpaced(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
