package all

import "github.com/copydesk/copydesk/rules/typo"

// Notice is the licence notice of one data source a rule embeds.
type Notice struct {
	Rule   string // the rule that ships the data
	Source string // the data source ("SCOWL")
	File   string // where the notice lives in the source tree
	Text   string
}

// Notices returns the licence notices of every data source embedded in the
// rules (and so in the binary). A rule that embeds data adds its notices here.
func Notices() []Notice {
	var out []Notice
	for _, n := range typo.Notices() {
		out = append(out, Notice{Rule: typo.Rule.ID, Source: n.Source, File: "rules/typo/" + n.File, Text: n.Text})
	}
	return out
}
