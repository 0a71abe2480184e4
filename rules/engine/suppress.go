package engine

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// UnusedSuppression is the engine's own rule: an inline suppression comment
// that silenced nothing.
var UnusedSuppression = &rules.Rule{
	ID:       "unused-suppression",
	Summary:  "a copydesk-disable comment that suppresses no finding",
	Severity: rules.Info,
	Default:  true,
	Run:      func(*rules.Pass) error { return nil }, // reported by the engine itself
	Doc: `Inline suppressions silence findings in Markdown and HTML articles:

    <!-- copydesk-disable typo name-spelling -->
    … text not checked by those rules …
    <!-- copydesk-enable typo name-spelling -->

    <!-- copydesk-disable-next-line duplicate-block -->
    The next non-blank line is not checked by that rule.

With no rule IDs, a comment applies to every rule. A disable without a
matching enable lasts to the end of the file. Rule IDs may be separated by
spaces or commas.

In any format, "[sic]" right after a word silences typo and name-spelling
findings on that word: the newsroom's own mark that a spelling is intended.

Plain-text files have no comments: use per-path rule settings in the
configuration (` + "`overrides:`" + `) for them.

This rule reports a suppression comment that silenced nothing, so stale ones
do not pile up; its fix (not applied unattended) deletes the comment.`,
}

// directive is one suppression comment.
type directive struct {
	span     article.Span // the comment
	enable   article.Span // the copydesk-enable closing a disable, if any
	rules    []string     // empty: every rule
	from, to int          // byte range it covers
	used     bool
}

var directiveRE = regexp.MustCompile(`<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)-->`)

// directives finds the suppression comments of a Markdown or HTML article.
func directives(a *article.Article) []*directive {
	if a.Format != article.Markdown && a.Format != article.HTML {
		return nil
	}
	var out []*directive
	open := map[string]*directive{} // rule list → the disable it opened
	for _, m := range directiveRE.FindAllSubmatchIndex(a.Source, -1) {
		if !isComment(a, m[0], m[1]) {
			continue // "<!-- copydesk-disable -->" shown in code or text is no directive
		}
		kind := string(a.Source[m[2]:m[3]])
		ids := strings.FieldsFunc(string(a.Source[m[4]:m[5]]), func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
		d := &directive{span: article.Span{Start: m[0], End: m[1]}, rules: ids}
		key := strings.Join(ids, " ")
		switch kind {
		case "disable-next-line":
			line := a.Lines.Line(m[1]) + 1
			for line <= a.Lines.Count() && strings.TrimSpace(string(a.Source[a.Lines.LineStart(line):a.Lines.LineEnd(line)])) == "" {
				line++
			}
			if line <= a.Lines.Count() {
				d.from, d.to = a.Lines.LineStart(line), a.Lines.LineEnd(line)
			}
			out = append(out, d)
		case "disable":
			d.from, d.to = m[1], len(a.Source)
			open[key] = d
			out = append(out, d)
		case "enable":
			if o := open[key]; o != nil {
				o.to = m[0]
				o.enable = d.span
				delete(open, key)
			}
		}
	}
	return out
}

// isComment reports whether source bytes [start, end) are one of the
// article's markup comments.
func isComment(a *article.Article, start, end int) bool {
	i := sort.Search(len(a.Comments), func(i int) bool { return a.Comments[i].End >= end })
	return i < len(a.Comments) && a.Comments[i].Start == start && a.Comments[i].End == end
}

// deletion is the fix for an unused directive: delete it, and the
// copydesk-enable that closes it; each with its whole line when it stands
// alone on one, so no blank line is left behind.
func (d *directive) deletion(src []byte) rules.Fix {
	fx := rules.Fix{Message: "delete the comment", Edits: []rules.Edit{{Span: lineOf(src, d.span)}}}
	if d.enable.End > 0 {
		fx.Message = "delete the comment and its copydesk-enable"
		fx.Edits = append(fx.Edits, rules.Edit{Span: lineOf(src, d.enable)})
	}
	return fx
}

// lineOf widens sp to its whole line, line end included, when nothing but
// spaces shares the line with it.
func lineOf(src []byte, sp article.Span) article.Span {
	start, end := sp.Start, sp.End
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	for end < len(src) && (src[end] == ' ' || src[end] == '\t' || src[end] == '\r') {
		end++
	}
	if (start == 0 || src[start-1] == '\n') && (end == len(src) || src[end] == '\n') {
		if end < len(src) {
			end++
		}
		return article.Span{Start: start, End: end}
	}
	return sp
}

func (d *directive) covers(f *rules.Finding) bool {
	if f.Span.Start < d.from || f.Span.Start >= d.to {
		return false
	}
	if len(d.rules) == 0 {
		return true
	}
	for _, id := range d.rules {
		if id == f.Rule {
			return true
		}
	}
	return false
}

var sicRE = regexp.MustCompile(`^[\s*_]*\[sic\]`)

// sic reports whether the finding is on a word the writer marked "[sic]".
func sic(a *article.Article, f *rules.Finding) bool {
	if f.Rule != "typo" && f.Rule != "name-spelling" || f.Span.End > len(a.Source) {
		return false
	}
	return sicRE.Match(a.Source[f.Span.End:min(len(a.Source), f.Span.End+16)])
}

// suppress drops the findings of one article that its suppression comments
// or "[sic]" marks silence, and reports the comments that silenced nothing
// when report is set; ran says whether a rule ID names a rule that ran. It
// keeps the findings in fs itself: the caller's slice is not to be used
// after.
func suppress(a *article.Article, fs []rules.Finding, report bool, ran func(id string) bool) []rules.Finding {
	ds := directives(a)
	kept := fs[:0]
	for i := range fs {
		f := &fs[i]
		if sic(a, f) {
			continue
		}
		silenced := false
		for _, d := range ds {
			if d.covers(f) {
				d.used, silenced = true, true
			}
		}
		if !silenced {
			kept = append(kept, *f)
		}
	}
	if !report {
		return kept
	}
	for _, d := range ds {
		if d.used {
			continue
		}
		msg := "this suppression comment silences no finding; remove it"
		for _, id := range d.rules {
			if !ran(id) {
				msg = fmt.Sprintf("this suppression names %q, which is not a rule that ran; remove it or fix the name", id)
				break
			}
		}
		kept = append(kept, rules.Finding{Rule: UnusedSuppression.ID, Path: a.Path, Span: d.span, Message: msg,
			Key:   string(a.Source[d.span.Start:d.span.End]),
			Fixes: []rules.Fix{d.deletion(a.Source)}})
	}
	return kept
}
