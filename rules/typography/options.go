package typography

import "github.com/copydesk/copydesk/rules"

// Validate reports a house dash the rule does not know, when the
// configuration is loaded (runDash checks again, for options made in code).
func (o *DashOptions) Validate() error {
	if _, known := styleNames[o.Dash]; !known && o.Dash != "auto" && o.Dash != "" {
		return rules.BadOption("dash", "must be auto, em, spaced-em, spaced-en or spaced-hyphen, not %q", o.Dash)
	}
	return nil
}

// Validate reports a house apostrophe style the rule does not know, when
// the configuration is loaded (wantedStyle checks again, for options made
// in code).
func (o *ApostropheOptions) Validate() error {
	if _, _, err := wantedStyle(o.Style, 0, 0); err != nil {
		return rules.BadOption("style", "must be auto, curly or straight, not %q", o.Style)
	}
	return nil
}
