package names

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// dumpPeople shows how the rule groups the mentions of src into people,
// one person a line, each mention's parts as text(particle|core): the
// NAMES_CASE=path view of TestCorpusInjection.
func dumpPeople(src string) string {
	art, _ := article.Parse("a.txt", article.Text, []byte(src))
	mem := newScratch()
	ppl := groupPeople(mentionsOf(art, mem), DefaultOptions().similarity(), mem)
	var b strings.Builder
	for _, p := range ppl.all {
		fmt.Fprintf(&b, "person %q/%q:", p.surname.text, p.surname.particle)
		for _, m := range p.mentions {
			b.WriteString(" [")
			for _, pt := range m.parts {
				fmt.Fprintf(&b, "%s(%s|%s) ", pt.text, pt.particle, pt.core)
			}
			b.WriteString("]")
		}
		b.WriteString("\n")
	}
	return b.String()
}
