package rules

// This file checks what a rule reports before the engine keeps it, as
// golang.org/x/tools/go/analysis checks an analyzer's suggested fixes: a
// span outside the file, or cutting a character in two, or a fix whose
// edits overlap, is a bug in the rule. Caught here, it names the rule and
// the place; left alone it fails later, far from its cause (in Apply, in a
// report slicing the source, in a fix that leaves half a character).

import (
	"cmp"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// RuleBugPrefix starts the message of every file warning that reports a
// rule's invalid finding, so that tests can fail on them (see ruletest).
const RuleBugPrefix = "copydesk bug: rule "

// ValidateFinding checks f against the articles it may name: its own
// (f.Path) and, for a related place with another path, that one. It
// returns nil for a valid finding, else an error saying what is wrong:
//
//   - the finding's span and every related span lie inside their file,
//     Start <= End, with both ends on character boundaries (OnBoundary);
//   - each fix's edits lie inside the file on character boundaries, are
//     sorted and do not overlap (an edit may start where the last ended),
//     insert valid UTF-8, and do not cut an HTML comment of the article
//     (an edit covers a comment whole or leaves it alone);
//   - an edit into a headline or standfirst read from metadata (front
//     matter, an HTML <meta>) lies inside its value and leaves it well
//     formed in its quoting, or removes the field whole
//     (article.Article.CheckEdit): a raw '"' in `title: "…"` would break
//     the file's YAML.
//
// Tags and other markup are not checked: the article does not keep their
// spans, and ReplaceText makes no edit across them.
func ValidateFinding(f Finding, arts ...*article.Article) error {
	return validate(f, func(path string) *article.Article {
		for _, a := range arts {
			if a != nil && a.Path == path {
				return a
			}
		}
		return nil
	})
}

// validate is ValidateFinding with the articles found by path by lookup,
// which returns nil for a path not checked.
func validate(f Finding, lookup func(path string) *article.Article) error {
	a := lookup(f.Path)
	if a == nil {
		return fmt.Errorf("file %q is not among those checked", f.Path)
	}
	if err := checkSpan(a.Source, f.Span); err != nil {
		return fmt.Errorf("span %d:%d: %w", f.Span.Start, f.Span.End, err)
	}
	for _, r := range f.Related {
		ra := a
		if r.Path != "" && r.Path != f.Path {
			if ra = lookup(r.Path); ra == nil {
				return fmt.Errorf("related place in %q: the file is not among those checked", r.Path)
			}
		}
		if err := checkSpan(ra.Source, r.Span); err != nil {
			return fmt.Errorf("related span %d:%d: %w", r.Span.Start, r.Span.End, err)
		}
	}
	for _, fx := range f.Fixes {
		if err := checkFix(fx, a); err != nil {
			return err
		}
	}
	return nil
}

// checkFix: the edits of fx, in order, as ValidateFinding says.
func checkFix(fx Fix, a *article.Article) error {
	for i, e := range fx.Edits {
		err := checkSpan(a.Source, e.Span)
		if prev := i - 1; prev >= 0 && e.Span.Start < fx.Edits[prev].Span.End {
			err = fmt.Errorf("starts before the edit before it ends (%d): edits must be sorted and must not overlap", fx.Edits[prev].Span.End)
		}
		if err == nil && !utf8.ValidString(e.New) {
			err = fmt.Errorf("inserts invalid UTF-8 %q", e.New)
		}
		if err == nil {
			err = cutsComment(a.Comments, e.Span)
		}
		if err == nil {
			err = a.CheckEdit(e.Span, e.New)
		}
		if err != nil {
			return fmt.Errorf("fix %q: edit %d:%d: %w", fx.Message, e.Span.Start, e.Span.End, err)
		}
	}
	return nil
}

// checkSpan: s lies inside src, ends on character boundaries.
func checkSpan(src []byte, s article.Span) error {
	switch {
	case s.Start < 0 || s.End > len(src):
		return fmt.Errorf("outside the file (%d bytes)", len(src))
	case s.End < s.Start:
		return fmt.Errorf("ends before it starts")
	case !OnBoundary(src, s.Start):
		return fmt.Errorf("starts inside the character at %d", runeStart(src, s.Start))
	case !OnBoundary(src, s.End):
		return fmt.Errorf("ends inside the character at %d", runeStart(src, s.End))
	}
	return nil
}

// OnBoundary reports whether offset i of src (0 <= i <= len(src)) is a
// character boundary: not inside a valid multi-byte UTF-8 sequence. A file
// may hold invalid UTF-8; each invalid byte counts as a character of its
// own (as `for range` over a string and utf8.DecodeRune read it), so the
// offsets around a stray byte are boundaries and a span or edit may cover
// it alone. This is cheap: it looks at most three bytes back.
func OnBoundary(src []byte, i int) bool {
	return runeStart(src, i) == i
}

// runeStart is the start of the character that holds byte i, or i itself
// when i starts one (or is len(src)).
func runeStart(src []byte, i int) int {
	if i <= 0 || i >= len(src) || utf8.RuneStart(src[i]) {
		return i
	}
	// src[i] is a continuation byte: it is inside a character only if a
	// valid sequence starting at most three bytes back reaches past it. A
	// lead byte ends the search: bytes before it cannot reach over it.
	for j := i - 1; j >= 0 && j >= i-(utf8.UTFMax-1); j-- {
		if utf8.RuneStart(src[j]) {
			if _, size := utf8.DecodeRune(src[j:min(len(src), j+utf8.UTFMax)]); size > 1 && j+size > i {
				return j
			}
			return i
		}
	}
	return i
}

// cutsComment: an edit that overlaps an HTML comment (comments are sorted
// and do not overlap) must cover it whole; one that cut it would leave
// "<!--" or "-->" behind and turn prose into a comment or a comment into
// prose. An insertion at a comment's edge is outside it.
func cutsComment(comments []article.Span, s article.Span) error {
	i := sort.Search(len(comments), func(i int) bool { return comments[i].End > s.Start })
	for ; i < len(comments); i++ {
		c := comments[i]
		inside := c.Start < s.Start // (s.Start < c.End by the search)
		if s.Start == s.End {
			if inside {
				return fmt.Errorf("inserts inside the HTML comment at %d:%d", c.Start, c.End)
			}
			return nil
		}
		if c.Start >= s.End {
			return nil // this comment and the rest are after the edit
		}
		if inside || c.End > s.End {
			return fmt.Errorf("cuts the HTML comment at %d:%d", c.Start, c.End)
		}
	}
	return nil
}

// check is what Report keeps of f: f itself when it is valid (no copy, no
// allocation: this runs on every finding); without a related place or a
// fix that is invalid; nothing (ok false) when its own span or file is. Each
// thing dropped is reported as a bug in the rule.
func (p *Pass) check(f Finding) (_ Finding, ok bool) {
	a := p.lookup(f.Path)
	if a == nil {
		p.reportBug(f, "it is dropped", fmt.Errorf("file %q is not among those checked", f.Path))
		return f, false
	}
	if err := checkSpan(a.Source, f.Span); err != nil {
		p.reportBug(f, "it is dropped", err)
		return f, false
	}
	f.Related = keepValid(f.Related, func(r Related) error {
		ra := a
		if r.Path != "" && r.Path != f.Path {
			if ra = p.lookup(r.Path); ra == nil {
				return fmt.Errorf("related place in %q: the file is not among those checked", r.Path)
			}
		}
		if err := checkSpan(ra.Source, r.Span); err != nil {
			return fmt.Errorf("related span %d:%d: %w", r.Span.Start, r.Span.End, err)
		}
		return nil
	}, func(err error) { p.reportBug(f, "the related place is dropped", err) })
	f.Fixes = keepValid(f.Fixes, func(fx Fix) error { return checkFix(fx, a) },
		func(err error) { p.reportBug(f, "the fix is dropped", err) })
	return f, true
}

// keepValid returns xs without the elements check rejects, passing each
// rejection to rejected; xs itself when check accepts them all.
func keepValid[T any](xs []T, check func(T) error, rejected func(error)) []T {
	for i, x := range xs {
		if check(x) == nil {
			continue
		}
		kept := slices.Clone(xs[:i])
		for _, y := range xs[i:] {
			if err := check(y); err != nil {
				rejected(err)
				continue
			}
			kept = append(kept, y)
		}
		return kept
	}
	return xs
}

// lookup finds the article of the run at path: the pass's own, or one of
// its batch (sorted by path); nil if none.
func (p *Pass) lookup(path string) *article.Article {
	if p.Article != nil && p.Article.Path == path {
		return p.Article
	}
	i, ok := slices.BinarySearchFunc(p.Batch, path, func(a *article.Article, path string) int { return cmp.Compare(a.Path, path) })
	if ok {
		return p.Batch[i]
	}
	return p.Shared.Reference(path)
}

// reportBug records a finding a rule got wrong as a warning on its file
// (the pass's, or the batch's first when the path is unknown), naming the
// rule, the line of the rule that reported it, the place and what is
// wrong, so that a user can report the bug; ruletest fails a test on it.
func (p *Pass) reportBug(f Finding, what string, err error) {
	a := p.lookup(f.Path)
	switch {
	case a != nil:
	case p.Article != nil:
		a = p.Article
	case len(p.Batch) > 0:
		a = p.Batch[0]
	default:
		return // no file to carry it (a rule run by hand, with no article)
	}
	off := -1
	if f.Span.Start >= 0 && f.Span.Start < len(a.Source) && a.Path == f.Path {
		off = f.Span.Start
	}
	msg := fmt.Sprintf("%s%s (%s) reported an invalid finding at %d:%d of %s, %s: %v; please report this bug",
		RuleBugPrefix, p.Rule.ID, reporter(), f.Span.Start, f.Span.End, f.Path, what, err)
	a.Warnings = append(a.Warnings, article.Warning{Offset: off, Message: msg})
}

// reporter is file:line of the rule's call to Report: the first caller
// outside this package's Pass methods and helpers.
func reporter() string {
	pcs := make([]uintptr, 16)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		fr, more := frames.Next()
		if !strings.HasPrefix(fr.Function, "github.com/copydesk/copydesk/rules.") {
			return fmt.Sprintf("%s:%d", filepath.Base(fr.File), fr.Line)
		}
		if !more {
			return "unknown caller"
		}
	}
}
