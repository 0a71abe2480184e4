package config

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// SetOption sets one option of a rule as a command-line flag does: over
// what the config file says, for every file (overrides included). key is
// the option's YAML key, as in the config file; value is encoded as YAML
// and decoded as the file's own settings are, so a key the rule does not
// have, or a value of the wrong type, is an error when the config is
// resolved. The command line knows rules by ID and key only: no rule's
// options type leaks into it.
func (c *Config) SetOption(ruleID, key string, value any) error {
	data, err := yaml.Marshal(map[string]any{key: value})
	if err != nil {
		return fmt.Errorf("rules.%s.%s: %w", ruleID, key, err)
	}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return fmt.Errorf("rules.%s.%s: %w", ruleID, key, err)
	}
	if c.flags == nil {
		c.flags = map[string][]ast.Node{}
	}
	c.flags[ruleID] = append(c.flags[ruleID], body(file))
	return nil
}

// flagLayers are the settings SetOption made for a rule, as layers over
// the config file's.
func (c *Config) flagLayers(id string) []ruleLayer {
	var ls []ruleLayer
	for _, n := range c.flags[id] {
		ls = append(ls, ruleLayer{path: flagLayerPath + id, node: n})
	}
	return ls
}

// flagLayerPath starts the key path of a command-line layer in messages.
const flagLayerPath = "(command line) rules."

// flagError is err, made by a layer, without the config file's place when
// the layer came from the command line: its line and column would be
// those of SetOption's own snippet of YAML.
func (c *Config) flagError(l ruleLayer, err error) error {
	if !strings.HasPrefix(l.path, flagLayerPath) {
		return err
	}
	msg := placePrefix.ReplaceAllString(err.Error(), "")
	if c.Path != "" {
		msg = strings.TrimPrefix(msg, c.Path+": ")
	}
	if !strings.Contains(msg, flagLayerPath) {
		msg = l.path + ": " + msg
	}
	return errors.New(msg)
}

// placePrefix is the "file:line:col: " an error about a node starts with.
var placePrefix = regexp.MustCompile(`^.*?:\d+:\d+: `)
