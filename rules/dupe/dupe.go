package dupe

import "github.com/copydesk/copydesk/rules"

// Rule is duplicate-block (work in progress).
var Rule = &rules.Rule{ID: "duplicate-block", Summary: "a paragraph or run of paragraphs repeats earlier text", Severity: rules.Warning, Default: true,
	Run: func(p *rules.Pass) error { return nil }}
