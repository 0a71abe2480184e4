package report

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/copydesk/copydesk/internal/worktree"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// diffContext is the number of unchanged lines around each change, as diff -u.
const diffContext = 3

// DiffFixes returns a unified diff of every article's fixes: the first safe
// fix of each finding (or, with unsafe, its first fix of any kind), chosen
// and applied as rules.SafeEdits and rules.Apply do. Articles with nothing
// to fix add nothing; the result is "" when nothing is fixed.
func DiffFixes(res *engine.Result, unsafe bool) (string, error) {
	byPath := map[string][]rules.Finding{}
	for _, f := range res.Findings {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	texts := res.Texts // sorted by path, so the diff is too
	if texts == nil {
		for _, a := range res.Articles {
			texts = append(texts, engine.FullText(a))
		}
	}
	var b strings.Builder
	for _, t := range texts {
		edits := rules.SafeEdits(byPath[t.Path], unsafe)
		if len(edits) == 0 {
			continue
		}
		a := t.Full()
		if a == nil {
			return "", fmt.Errorf("%s: the text to fix was not kept (the engine needs KeepFixable)", t.Path)
		}
		fixed, err := rules.Apply(a.Source, edits)
		if err != nil {
			return "", fmt.Errorf("%s: applying fixes: %w", a.Path, err)
		}
		b.WriteString(Diff(a.Path, a.Source, fixed))
	}
	return b.String(), nil
}

// Diff returns a unified diff from before to after, with "a/" and "b/" prefixes
// as git writes them, so that `git apply` (or `patch -p1`) takes it. Lines
// keep their own endings: a CRLF line stays CRLF, and a last line without a
// newline is marked "\ No newline at end of file". Equal inputs give "".
func Diff(path string, before, after []byte) string {
	ops := lineOps(string(before), string(after))
	hunks := groupHunks(ops)
	if len(hunks) == 0 {
		return ""
	}
	name := diffName(path)
	var b strings.Builder
	tab := "" // git ends a name holding a space with a tab, so that patch(1) finds its end
	if strings.Contains(name, " ") {
		tab = "\t"
	}
	fmt.Fprintf(&b, "--- %s%s\n+++ %s%s\n", gitQuote("a/"+name), tab, gitQuote("b/"+name), tab)
	for _, h := range hunks {
		writeHunk(&b, ops[h.from:h.to])
	}
	return b.String()
}

// lineOp is one line of a line diff: ' ' kept, '-' removed, '+' added. Its
// oldLine and newLine count the lines of each side before it.
type lineOp struct {
	kind             byte
	text             string // with its line ending, if it has one
	oldLine, newLine int
}

// lineOps diffs two texts line by line: sergi/go-diff maps each distinct
// line to one character, diffs those, and maps back. Within a change,
// removals are put before additions, as unified diffs show them.
func lineOps(before, after string) []lineOp {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // no deadline: the same input always gives the same diff
	c1, c2, lines := dmp.DiffLinesToChars(before, after)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(c1, c2, false), lines)

	var ops, dels, adds []lineOp
	o, n := 0, 0
	flush := func() {
		ops = append(append(ops, dels...), adds...)
		dels, adds = dels[:0], adds[:0]
	}
	for _, d := range diffs {
		for _, line := range splitLines(d.Text) {
			switch d.Type {
			case diffmatchpatch.DiffEqual:
				flush()
				ops = append(ops, lineOp{' ', line, o, n})
				o++
				n++
			case diffmatchpatch.DiffDelete:
				dels = append(dels, lineOp{'-', line, o, n})
				o++
			case diffmatchpatch.DiffInsert:
				adds = append(adds, lineOp{'+', line, o, n})
				n++
			}
		}
	}
	flush()
	fixCounts(ops)
	return ops
}

// fixCounts recomputes each op's line counts after removals were moved
// before additions.
func fixCounts(ops []lineOp) {
	o, n := 0, 0
	for i := range ops {
		ops[i].oldLine, ops[i].newLine = o, n
		if ops[i].kind != '+' {
			o++
		}
		if ops[i].kind != '-' {
			n++
		}
	}
}

// splitLines splits s after each "\n", keeping the endings.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n') + 1
		if i == 0 {
			i = len(s)
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

type hunkRange struct{ from, to int } // ops[from:to]

// groupHunks finds the changed lines and widens each run by the context,
// merging runs whose context would touch or overlap.
func groupHunks(ops []lineOp) []hunkRange {
	var hs []hunkRange
	for i, op := range ops {
		if op.kind == ' ' {
			continue
		}
		from, to := max(i-diffContext, 0), min(i+1+diffContext, len(ops))
		if len(hs) > 0 && from <= hs[len(hs)-1].to {
			hs[len(hs)-1].to = to
			continue
		}
		hs = append(hs, hunkRange{from, to})
	}
	return hs
}

// writeHunk writes "@@ -l,c +l,c @@" and the lines. An empty side's start is
// the line before it, as diff -u writes it.
func writeHunk(b *strings.Builder, ops []lineOp) {
	oldN, newN := 0, 0
	for _, op := range ops {
		if op.kind != '+' {
			oldN++
		}
		if op.kind != '-' {
			newN++
		}
	}
	start := func(before, n int) int {
		if n == 0 {
			return before
		}
		return before + 1
	}
	fmt.Fprintf(b, "@@ -%d,%d +%d,%d @@\n", start(ops[0].oldLine, oldN), oldN, start(ops[0].newLine, newN), newN)
	for _, op := range ops {
		b.WriteByte(op.kind)
		b.WriteString(op.text)
		if !strings.HasSuffix(op.text, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// diffName is how the diff names a file: its path as given, which `git
// apply` run in the same folder reads; or, for a path that leaves that folder
// ("../story.md") or is absolute, which git apply refuses, its path from the
// top of the git work tree holding it, for `git apply` run there.
func diffName(path string) string {
	name := strings.TrimPrefix(filepath.ToSlash(filepath.Clean(path)), "./")
	if !filepath.IsAbs(path) && name != ".." && !strings.HasPrefix(name, "../") {
		return name
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return name
	}
	if top, ok := worktree.Top(filepath.Dir(abs)); ok {
		if rel, err := filepath.Rel(top, abs); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	return strings.TrimPrefix(filepath.ToSlash(abs), "/") // outside any work tree: patch -p1 from /
}

// gitQuote quotes a name in a diff header as git does (quote_c_style, with
// core.quotePath at its default): a name holding a control character, a
// double quote, a backslash or any byte outside ASCII is written in double
// quotes, with C escapes (\t, \n, \", \\) and the other such bytes in octal
// ("caf\303\251.txt"). git apply reads it back; unquoted, a tab or newline in
// the name would end the header early.
func gitQuote(name string) string {
	if !strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r >= 0x7f || r == '"' || r == '\\' }) {
		return name
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(name); i++ {
		switch c := name[i]; c {
		case '\a':
			b.WriteString(`\a`)
		case '\b':
			b.WriteString(`\b`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\v':
			b.WriteString(`\v`)
		case '\f':
			b.WriteString(`\f`)
		case '\r':
			b.WriteString(`\r`)
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			if c < 0x20 || c >= 0x7f {
				fmt.Fprintf(&b, `\%03o`, c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
