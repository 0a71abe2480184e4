package typography

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

var all = []*rules.Rule{ApostropheStyle, Dash, Spacing, RepeatedWord}

// TestCorpus measures the four typography rules on the BBC articles: false alarms on
// the untouched articles (hand-confirmed real findings are listed in
// testdata/bbc-confirmed.list) and recall on the damage inject_test.go
// injects.
//
//	go test ./rules/typography -run TestCorpus -v
func TestCorpus(t *testing.T) {
	ruletest.MeasureBBC(t, all, damages, "testdata/bbc-confirmed.list", 7)
}
