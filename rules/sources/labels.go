package sources

import (
	"iter"
	"regexp"
	"strings"
)

// Speaker labels open a turn of a transcript: "TRUMP:", "MR. HOLT:",
// "Speaker 1 (00:01:02):", "Jane Doe (01:02):", "Q:", "A:", and a
// title-case "Trump:" (see titleLabel).
var (
	capsLabel  = regexp.MustCompile(`^([A-Z][A-Z.'’ -]*[A-Z.]):\s`)
	timedLabel = regexp.MustCompile(`^([A-Z][\w.'’-]*(?: [A-Z0-9][\w.'’-]*){0,3}) \(\d{1,2}:\d{2}(?::\d{2})?\):\s?`)
	qaLabel    = regexp.MustCompile(`^([QA]):\s`)
	titleLabel = regexp.MustCompile(`^([A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}):\s`)
)

// label finds a speaker label at the start of line: the speaker as written
// and how many bytes the label takes (0 when there is none). A title-case
// label is taken only when titled is true (the file uses it more than
// once), since "Remember: we won" opens a speech line too.
func label(line string, titled map[string]bool) (string, int) {
	lead := 0
	if strings.HasPrefix(line, "**") || strings.HasPrefix(line, "__") {
		lead = 2
	}
	rest := line[lead:]
	if !mayLabel(rest) {
		return "", 0
	}
	for _, re := range []*regexp.Regexp{timedLabel, capsLabel, qaLabel, titleLabel} {
		m := re.FindStringSubmatchIndex(rest)
		if m == nil {
			continue
		}
		name := rest[m[2]:m[3]]
		if re == titleLabel && !titled[name] {
			continue
		}
		if re == capsLabel && len(strings.Fields(name)) > 4 {
			continue
		}
		n := lead + m[1]
		// "**TRUMP:**" closes its markup after the colon
		if lead > 0 && strings.HasPrefix(line[n:], line[:lead]) {
			n += lead
		}
		return name, n
	}
	return "", 0
}

// mayLabel: every label starts with a capital and has a colon, a test far
// cheaper than the patterns, which most lines of a transcript fail.
func mayLabel(s string) bool {
	return s != "" && 'A' <= s[0] && s[0] <= 'Z' && strings.IndexByte(s, ':') > 0
}

// titledLabels are the title-case labels used at least twice in the file's
// lines: a transcript's speakers, not a one-off "Note:".
func titledLabels(lines iter.Seq[string]) map[string]bool {
	count := map[string]int{}
	for l := range lines {
		l = strings.TrimLeft(l, "*_ \t")
		if !mayLabel(l) {
			continue
		}
		if m := titleLabel.FindStringSubmatch(l); m != nil {
			count[m[1]]++
		}
	}
	out := map[string]bool{}
	for k, n := range count {
		if n >= 2 {
			out[k] = true
		}
	}
	return out
}

// anonymous labels name no one a quotation could be attributed to.
var anonymous = regexp.MustCompile(`(?i)^(speaker \d+|q|a|unidentified.*|unknown.*|audience.*|crowd|male|female|man|woman|voice.*)$`)

// Named reports whether a speaker label names a person (not "Speaker 1", "Q").
func Named(speaker string) bool { return speaker != "" && !anonymous.MatchString(speaker) }
