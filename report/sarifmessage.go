package report

import (
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/rules"
)

// sarifMessage is a finding's message for SARIF, with a link to each of its
// related places: "… delete the copy ([first copy](1))". SARIF §3.11.6
// embedded links: a link whose target is an integer points at the result's
// relatedLocations entry with that id, and GitHub code scanning shows
// related locations only when the message links to them. Literal square
// brackets are escaped with a backslash (and, inside link text, the
// backslash itself), so that a message quoting "[sic]" is not read as a
// link.
func sarifMessage(f rules.Finding) string {
	msg := escapeSARIF(f.Message, false)
	if len(f.Related) == 0 {
		return msg
	}
	links := make([]string, len(f.Related))
	for i, rel := range f.Related {
		text := rel.Message
		if text == "" {
			text = "related place"
		}
		links[i] = "[" + escapeSARIF(text, true) + "](" + strconv.Itoa(i+1) + ")"
	}
	end := ""
	if strings.HasSuffix(msg, ".") {
		msg, end = msg[:len(msg)-1], "." // the links go inside the sentence
	}
	return msg + " (" + strings.Join(links, ", ") + ")" + end
}

// escapeSARIF escapes what SARIF's message syntax would read as a link:
// square brackets, and in link text also backslashes.
func escapeSARIF(s string, linkText bool) string {
	chars := "[]"
	if linkText {
		chars = `\[]`
	}
	if !strings.ContainsAny(s, chars) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(chars, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// readableNames are the SARIF names of rules whose ID is one word: a name
// that differs from the ID only in case is no name at all (sarif-multitool
// SARIF1001 compares them ignoring case), so these say what they find.
var readableNames = map[string]string{
	"typo":     "MisspeltWord",
	"dash":     "DashStyle",
	"spacing":  "IrregularSpacing",
	"mojibake": "GarbledEncoding",
}

// ruleName is a rule's readable SARIF name, in PascalCase as SARIF's
// examples write it: "duplicate-block" is DuplicateBlock. A one-word ID
// takes its name from readableNames, or, for a rule not listed there, the
// word and "Rule" (TypoRule), never the ID in another case.
func ruleName(id string) string {
	if n, ok := readableNames[id]; ok {
		return n
	}
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	if strings.EqualFold(b.String(), id) {
		b.WriteString("Rule")
	}
	return b.String()
}
