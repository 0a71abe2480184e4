package config_test

import (
	"github.com/copydesk/copydesk/rules/config"
	"reflect"
	"strings"
	"testing"
)

// TestFrontMatterFields: the key sets the fields articles read as prose;
// absent, the defaults; an empty list, none; a bad name is an error at its
// place in the file.
func TestFrontMatterFields(t *testing.T) {
	for _, tt := range []struct {
		body string
		want []string
	}{
		{"language: en-US\n", nil},
		{"front_matter_fields: [title, og_title]\n", []string{"title", "og_title"}},
		{"front_matter_fields: []\n", []string{}},
	} {
		c, err := config.Load(writeConfig(t, tt.body))
		if err != nil {
			t.Fatalf("%q: %v", tt.body, err)
		}
		if got := c.ArticleOptions().Fields; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: fields %#v, want %#v", tt.body, got, tt.want)
		}
	}
	_, err := config.Load(writeConfig(t, "front_matter_fields:\n  - title\n  - \"sub title\"\n"))
	if err == nil || !strings.Contains(err.Error(), ":3:5: front_matter_fields: \"sub title\" is not a field name") {
		t.Errorf("a field name with a space: err = %v", err)
	}
}
