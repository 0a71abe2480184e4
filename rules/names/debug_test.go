package names

import (
	"fmt"
	"os"
	"testing"

	"github.com/copydesk/copydesk/rules/article"
)

func TestDebugDump(t *testing.T) {
	src := os.Getenv("NAMES_DEBUG")
	if src == "" {
		t.Skip()
	}
	dumpPeople(src)
}

func dumpPeople(src string) {
	art, _ := article.Parse("a.txt", article.Text, []byte(src))
	ppl := groupPeople(mentionsOf(art), DefaultOptions().similarity())
	for _, p := range ppl.all {
		fmt.Printf("person %q/%q:", p.surname.text, p.surname.particle)
		for _, m := range p.mentions {
			fmt.Printf(" [")
			for _, pt := range m.parts {
				fmt.Printf("%s(%s|%s) ", pt.text, pt.particle, pt.core)
			}
			fmt.Printf("]")
		}
		fmt.Println()
	}
}
