package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
	"github.com/copydesk/copydesk/rules/sources"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
	"golang.org/x/text/language"
)

// FileNames are the file names looked for in the working folder and above.
var FileNames = []string{".copydesk.yml", ".copydesk.yaml"}

// Config is a .copydesk.yml file.
type Config struct {
	Path string `yaml:"-"` // where it was read from; "" for the defaults
	Dir  string `yaml:"-"` // the folder relative paths in it are taken from

	Language        string              `yaml:"language"`
	Include         []string            `yaml:"include"`
	Exclude         []string            `yaml:"exclude"`
	Rules           map[string]ast.Node `yaml:"rules"`
	Dictionary      []string            `yaml:"dictionary"`
	DictionaryFiles []string            `yaml:"dictionary_files"`
	Rejected        map[string]string   `yaml:"rejected"`
	Names           []rules.NameEntry   `yaml:"names"`
	NamesFiles      []string            `yaml:"names_files"`
	// Sources are the desk's record of what was said (globs, files or
	// folders of transcripts, subtitles, notes), for the misquote rule.
	Sources   []string         `yaml:"sources"`
	Overrides []OverrideConfig `yaml:"overrides"`
	// MaxFindingsPerRule and MaxFindingsPerFile bound what one file lists
	// (0: the defaults, -1: no limit); see Engine.MaxPerRule.
	MaxFindingsPerRule int `yaml:"max_findings_per_rule"`
	MaxFindingsPerFile int `yaml:"max_findings_per_file"`

	// FrontMatterFields are the metadata fields read as prose (see
	// fields.go); nil means article.DefaultFields.
	FrontMatterFields []string `yaml:"front_matter_fields"`

	tag         language.Tag
	languageSet bool                  // the file has a language key (Language is not the default)
	file        *ast.File             // the parsed file, for the places of errors; nil for the defaults
	flags       map[string][]ast.Node // by rule ID: settings from the command line (SetOption)
	sourceFiles []string              // the files of Sources, once read (see SourceFiles)
	sourceCache *sources.Cache        // where Shared loads the sources from, if set (see UseSourceCache)
}

// OverrideConfig sets rules differently for the files its globs match
// (relative to the config's folder): the way to configure plain-text files,
// which have no comments to carry suppressions.
type OverrideConfig struct {
	Files []string `yaml:"files"`
	// Language, if set, is the house language of the files matched (a
	// desk's folder: `files: ["uk/**"], language: en-GB`).
	Language string              `yaml:"language"`
	Rules    map[string]ast.Node `yaml:"rules"`
}

// DefaultLanguage is the house language when none is configured.
const DefaultLanguage = "en-US"

// Find looks for a config file in dir and its parents; "" if none.
func Find(dir string) string {
	dir, _ = filepath.Abs(dir)
	for {
		for _, n := range FileNames {
			p := filepath.Join(dir, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and checks a config file; path "" gives the defaults.
func Load(path string) (*Config, error) {
	cfg := &Config{Dir: "."}
	if path == "" {
		return cfg, cfg.check()
	}
	data, err := readLimited(path, configFile)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	file, err := decodeFile(path, data, configFile, cfg, "")
	if err != nil {
		return nil, err
	}
	cfg.Path, cfg.Dir, cfg.file = path, filepath.Dir(path), file
	return cfg, cfg.check()
}

// decodeFile parses a YAML file of a kind (data, read from path) into v, a
// pointer, with unknown keys an error; root is the key path of the file's
// top value in messages ("" for the config itself). Binary and too deeply
// nested files are refused before the parser sees them.
func decodeFile(path string, data []byte, kind fileKind, v any, root string) (*ast.File, error) {
	data = trimBOM(data)
	if err := checkText(path, data, kind); err != nil {
		return nil, err
	}
	file, err := parseYAML(path, data)
	if err != nil {
		return nil, err
	}
	if body(file) == nil {
		return file, nil
	}
	return file, decodeNode(path, body(file), v, root)
}

// body is a YAML file's top value; nil for an empty file.
func body(file *ast.File) ast.Node {
	if len(file.Docs) == 0 {
		return nil
	}
	return file.Docs[0].Body
}

// decodeNode decodes a YAML node into v, a pointer, with unknown keys an
// error; a value of the wrong kind is reported at its key path.
func decodeNode(path string, n ast.Node, v any, keyPath string) error {
	if err := checkTypes(path, n, reflect.TypeOf(v), keyPath); err != nil {
		return err
	}
	if err := yaml.NodeToValue(n, v, yaml.DisallowUnknownField()); err != nil {
		return configError(path, err)
	}
	return nil
}

// configError turns a YAML error into "file:line:col: message".
func configError(path string, err error) error {
	var yerr yaml.Error
	if errors.As(err, &yerr) {
		if tk := yerr.GetToken(); tk != nil && tk.Position != nil {
			return fmt.Errorf("%s:%d:%d: %s", path, tk.Position.Line, tk.Position.Column, yerr.GetMessage())
		}
	}
	return fmt.Errorf("%s: %w", path, err)
}

// errorAt formats a config error at a node's place.
func (c *Config) errorAt(n ast.Node, format string, args ...any) error {
	return errorAt(c.Path, n, format, args...)
}

// errorAt formats an error at a node's place in a file: "file:line:col: message".
func errorAt(path string, n ast.Node, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	if pl := place(path, n); pl != "" {
		return fmt.Errorf("%s: %s", pl, msg)
	}
	return errors.New(msg)
}

// place is a node's place in a file, "file:line:col", or as much of it
// as is known: the file alone when the node is unknown, "" when neither is.
func place(path string, n ast.Node) string {
	if p := position(n); p != nil {
		return fmt.Sprintf("%s:%d:%d", path, p.Line, p.Column)
	}
	return path
}

// position is where a node starts: for a block mapping, its first key
// (the node's own token is the first colon).
func position(n ast.Node) *token.Position {
	if m, ok := n.(*ast.MappingNode); ok && !m.IsFlowStyle && len(m.Values) > 0 {
		n = m.Values[0].Key
	}
	if n == nil || n.GetToken() == nil {
		return nil
	}
	return n.GetToken().Position
}

// at finds the node at a YAML path such as "$.language", for error places;
// nil when there is none (the defaults, or a value from elsewhere).
func (c *Config) at(path string, args ...any) ast.Node {
	if c.file == nil {
		return nil
	}
	p, err := yaml.PathString(fmt.Sprintf(path, args...))
	if err != nil {
		return nil
	}
	n, err := p.FilterFile(c.file)
	if err != nil {
		return nil
	}
	return n
}

// keyAt is the key node of key in the mapping at path, for errors about
// the key itself (an unknown rule).
func (c *Config) keyAt(key, path string, args ...any) ast.Node {
	if e := entry(c.at(path, args...), key); e != nil {
		return e.Key
	}
	return nil
}

// valueAt is the value of key in a mapping node, or the mapping itself
// when the key is not there (its value came from another layer).
func valueAt(n ast.Node, key string) ast.Node {
	if e := entry(n, key); e != nil {
		return e.Value
	}
	return n
}

// entry is the key: value pair of key in a mapping node; nil if none.
func entry(n ast.Node, key string) *ast.MappingValueNode {
	entries, _ := mappingEntries(n)
	for _, e := range entries {
		if keyName(e.Key) == key {
			return e
		}
	}
	return nil
}

func (c *Config) check() error {
	c.languageSet = c.Language != ""
	if c.Language == "" {
		c.Language = DefaultLanguage
	}
	tag, err := parseLanguage(c.Language)
	if err != nil {
		return c.errorAt(c.at("$.language"), "language: %v", err)
	}
	c.tag = tag
	for i, o := range c.Overrides {
		if _, err := parseLanguage(o.Language); o.Language != "" && err != nil {
			return c.errorAt(c.at("$.overrides[%d].language", i), "overrides[%d].language: %v", i, err)
		}
	}
	if err := c.inlineNames().check(); err != nil {
		return err
	}
	for _, m := range []struct {
		key string
		n   int
	}{{"max_findings_per_rule", c.MaxFindingsPerRule}, {"max_findings_per_file", c.MaxFindingsPerFile}} {
		if m.n < -1 {
			return c.errorAt(c.at("$.%s", m.key), "%s: %d is not a limit (want a number of findings, 0 for the default or -1 for none)", m.key, m.n)
		}
	}
	if err := c.checkWords(); err != nil {
		return err
	}
	if err := c.checkFields(); err != nil {
		return err
	}
	for _, globs := range []struct {
		key  string
		list []string
	}{{"include", c.Include}, {"exclude", c.Exclude}} {
		for i, g := range globs.list {
			if !doublestar.ValidatePattern(g) {
				return c.errorAt(c.at("$.%s[%d]", globs.key, i), "%s: bad glob pattern %q", globs.key, g)
			}
		}
	}
	return nil
}

// parseLanguage reads a house language: an English BCP 47 tag.
func parseLanguage(s string) (language.Tag, error) {
	tag, err := language.Parse(s)
	if base, _ := tag.Base(); err != nil || base.String() != "en" {
		return tag, fmt.Errorf("%q is not an English BCP 47 tag (want en-US or en-GB)", s)
	}
	return tag, nil
}

// LanguageSet reports whether the file names the house language (Language
// is otherwise the default, DefaultLanguage).
func (c *Config) LanguageSet() bool { return c.languageSet }

// British reports whether the house language takes British spellings
// (en-GB and the Commonwealth variants that follow it).
func (c *Config) British() bool {
	r, _ := c.tag.Region()
	switch r.String() {
	case "GB", "IE", "AU", "NZ", "ZA", "IN":
		return true
	}
	return false
}

// Resolve applies the configuration to a set of rules. A rule ID the set
// does not have is an error.
func (c *Config) Resolve(all []*rules.Rule) ([]engine.RuleConfig, error) {
	for _, id := range slices.Sorted(maps.Keys(c.Rules)) {
		if find(all, id) == nil {
			return nil, c.errorAt(c.keyAt(id, "$.rules"), "rules: unknown rule %q (see `copydesk rules`)%s", id, SuggestRule(all, id))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(c.flags)) {
		if find(all, id) == nil {
			return nil, fmt.Errorf("unknown rule %q (see `copydesk rules`)%s", id, SuggestRule(all, id))
		}
	}
	var out []engine.RuleConfig
	for _, r := range all {
		rc, err := c.resolveRule(r, ruleLayer{path: "rules." + r.ID, node: c.Rules[r.ID]})
		if err != nil {
			return nil, err
		}
		out = append(out, rc)
	}
	return out, nil
}

// ruleLayer is one rule's settings in the config: the node under the
// rule's ID and its key path, such as "overrides[0].rules.typo".
type ruleLayer struct {
	path string
	node ast.Node
	src  *Config // the file the layer is in, for the places of errors; nil: this config
}

// fileOf is the path of the file a layer is in, for error messages.
func (c *Config) fileOf(l ruleLayer) string {
	if l.src != nil {
		return l.src.Path
	}
	return c.Path
}

// resolveRule applies configuration layers, in order, over a rule's defaults.
func (c *Config) resolveRule(r *rules.Rule, layers ...ruleLayer) (engine.RuleConfig, error) {
	layers = append(layers, c.flagLayers(r.ID)...)
	rc := engine.RuleConfig{Rule: r, Enabled: r.Default, Severity: r.Severity, Options: r.DefaultOptions()}
	for _, l := range layers {
		if l.node == nil || l.node.Type() == ast.NullType {
			continue
		}
		if err := decodeNode(c.fileOf(l), l.node, rc.Options, l.path); err != nil {
			return rc, c.flagError(l, err)
		}
		s := rc.Options.Common()
		if s.Enabled != nil {
			rc.Enabled = *s.Enabled
		}
		if s.Severity != "" {
			sev, err := rules.ParseSeverity(s.Severity)
			if err != nil {
				return rc, c.flagError(l, errorAt(c.fileOf(l), valueAt(l.node, "severity"), "%s.severity: %v", l.path, err))
			}
			rc.Severity, rc.SeverityFixed = sev, true
		}
	}
	err := c.validate(rc.Options, layers)
	if err != nil && strings.Contains(err.Error(), flagLayerPath) {
		err = c.flagError(ruleLayer{path: flagLayerPath}, err)
	}
	return rc, err
}

// validate checks a rule's options as configured, if they can be checked,
// and reports a bad value at the last layer that sets it.
func (c *Config) validate(opts rules.Options, layers []ruleLayer) error {
	v, ok := opts.(rules.Validator)
	if !ok {
		return nil
	}
	err := v.Validate()
	if err == nil {
		return nil
	}
	var oe *rules.OptionError
	if !errors.As(err, &oe) {
		l := lastSet(layers)
		return errorAt(c.fileOf(l), l.node, "%s: %v", l.path, err)
	}
	for i := len(layers) - 1; i >= 0; i-- {
		if e := entry(layers[i].node, oe.Key); e != nil {
			return errorAt(c.fileOf(layers[i]), e.Value, "%s.%s: %s", layers[i].path, oe.Key, oe.Problem)
		}
	}
	l := lastSet(layers) // no layer sets the key: the rule's default is wrong
	return errorAt(c.fileOf(l), l.node, "%s.%s: %s", l.path, oe.Key, oe.Problem)
}

// lastSet is the last layer that sets anything (the first if none does),
// for an error about a rule's options as a whole.
func lastSet(layers []ruleLayer) ruleLayer {
	last := layers[0]
	for _, l := range layers {
		if l.node != nil && l.node.Type() != ast.NullType {
			last = l
		}
	}
	return last
}

// ResolveOverrides resolves the per-path rule settings: each rule an
// override names is its base configuration with the override applied.
func (c *Config) ResolveOverrides(all []*rules.Rule) ([]engine.Override, error) {
	return c.resolveOverrides(all, c, nil)
}

// resolveOverrides resolves the overrides of owner (this config, or a
// nested file under it): each rule an override names is resolved over
// base (the layers of the files above owner, for a nested one) and
// owner's own rules.
func (c *Config) resolveOverrides(all []*rules.Rule, owner *Config, base []*Config) ([]engine.Override, error) {
	var out []engine.Override
	for i, oc := range owner.Overrides {
		if len(oc.Files) == 0 {
			n := owner.at("$.overrides[%d].files", i)
			if n == nil {
				n = owner.at("$.overrides[%d]", i)
			}
			return nil, owner.errorAt(n, "overrides[%d]: an override needs files", i)
		}
		for j, g := range oc.Files {
			if !doublestar.ValidatePattern(g) {
				return nil, owner.errorAt(owner.at("$.overrides[%d].files[%d]", i, j), "overrides[%d].files: bad glob pattern %q", i, g)
			}
		}
		o := engine.Override{Files: oc.Files, Dir: owner.Dir, Language: oc.Language, Rules: map[string]engine.RuleConfig{},
			Source: fmt.Sprintf("%s overrides[%d]", DisplayPath(owner.Path), i)}
		for _, id := range slices.Sorted(maps.Keys(oc.Rules)) {
			r := find(all, id)
			if r == nil {
				return nil, owner.errorAt(owner.keyAt(id, "$.overrides[%d].rules", i), "overrides[%d].rules: unknown rule %q%s", i, id, SuggestRule(all, id))
			}
			layers := c.ruleLayers(id, append(base, owner))
			layers = append(layers, ruleLayer{fmt.Sprintf("overrides[%d].rules.%s", i, id), oc.Rules[id], owner})
			rc, err := c.resolveRule(r, layers...)
			if err != nil {
				return nil, err
			}
			o.Rules[id] = rc
		}
		out = append(out, o)
	}
	return out, nil
}

// ruleLayers are the top-level settings of rule id in each of files, in order.
func (c *Config) ruleLayers(id string, files []*Config) []ruleLayer {
	var ls []ruleLayer
	for _, f := range files {
		ls = append(ls, ruleLayer{"rules." + id, f.Rules[id], f})
	}
	return ls
}

// Shared loads the newsroom data: the dictionary, rejected words and names.
func (c *Config) Shared() (*rules.Shared, error) {
	sh := &rules.Shared{Dictionary: append([]string{}, c.Dictionary...), Rejected: c.Rejected, Names: c.Names}
	lists := []namesList{c.inlineNames()}
	for i, f := range c.DictionaryFiles {
		data, err := readLimited(c.FilePath(f), dictionaryFile)
		if err != nil {
			return nil, c.errorAt(c.at("$.dictionary_files[%d]", i), "dictionary_files: %s", readError(err))
		}
		words, err := dictionaryWords(c.FilePath(f), trimBOM(data))
		if err != nil {
			return nil, err
		}
		sh.Dictionary = append(sh.Dictionary, words...)
	}
	for i, f := range c.NamesFiles {
		data, err := readLimited(c.FilePath(f), namesFile)
		if err != nil {
			return nil, c.errorAt(c.at("$.names_files[%d]", i), "names_files: %s", readError(err))
		}
		var names []rules.NameEntry
		file, err := decodeFile(c.FilePath(f), data, namesFile, &names, "names")
		if err != nil {
			return nil, err
		}
		l := namesList{c.FilePath(f), names, body(file), "names"}
		if err := l.check(); err != nil {
			return nil, err
		}
		lists = append(lists, l)
		sh.Names = append(sh.Names, names...)
	}
	if err := checkNameConflicts(lists); err != nil {
		return nil, err
	}
	ix, err := c.loadSources()
	if err != nil {
		return nil, err
	}
	sh.Sources, sh.References = ix, ix.Articles()
	return sh, nil
}

// inlineNames is the config's own names list.
func (c *Config) inlineNames() namesList {
	return namesList{c.Path, c.Names, c.at("$.names"), "names"}
}

// checkWords refuses dictionary words and rejected words or replacements
// (which typo fixes write into articles) that are not plain text.
func (c *Config) checkWords() error {
	for i, w := range c.Dictionary {
		if p := textProblem(w); p != "" {
			return c.errorAt(c.at("$.dictionary[%d]", i), "dictionary[%d]: %q %s", i, w, p)
		}
	}
	for _, w := range slices.Sorted(maps.Keys(c.Rejected)) {
		// the entry's place is looked up only for a bad word: finding it
		// scans the mapping, once per word would be quadratic
		if p := textProblem(w); p != "" {
			return c.errorAt(entryKey(entry(c.at("$.rejected"), w)), "rejected: %q %s", w, p)
		}
		if p := textProblem(c.Rejected[w]); p != "" {
			return c.errorAt(entryValue(entry(c.at("$.rejected"), w)), "rejected.%s: %q %s", w, c.Rejected[w], p)
		}
	}
	return nil
}

// entryKey and entryValue are the key and value nodes of a mapping entry; nil
// for no entry.
func entryKey(e *ast.MappingValueNode) ast.Node {
	if e == nil {
		return nil
	}
	return e.Key
}

func entryValue(e *ast.MappingValueNode) ast.Node {
	if e == nil {
		return nil
	}
	return e.Value
}

// trimBOM drops a UTF-8 byte-order mark, which some editors put at the
// start of a file.
func trimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\ufeff"))
}

// dictionaryWords reads a dictionary file (data, read from path): one word
// (or phrase) a line; blank lines are skipped, and a # at the start of a
// line or after a space or tab begins a comment that runs to the end of
// the line ("C#" is a word). A file that is not UTF-8 text, or a word with
// an invisible character, is an error at its line and column.
func dictionaryWords(path string, data []byte) ([]string, error) {
	if err := checkText(path, data, dictionaryFile); err != nil {
		return nil, err
	}
	var words []string
	for n, line := range strings.Split(string(data), "\n") {
		w := strings.TrimSpace(uncomment(line))
		if w == "" {
			continue
		}
		if p := textProblem(w); p != "" {
			col := strings.Index(line, w) + 1
			return nil, fmt.Errorf("%s:%d:%d: %q %s", path, n+1, col, w, p)
		}
		words = append(words, w)
	}
	return words, nil
}

// uncomment cuts a line of a dictionary file at its comment, if any.
func uncomment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return line[:i]
		}
	}
	return line
}

// readError says why a file named in the config could not be read, naming
// it as the config does (relative to the config's folder).
func readError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("cannot read %s: %v", pe.Path, pe.Err)
	}
	return err.Error()
}

// FilePath is a path the config names (a dictionary or names file), taken
// from the config's folder as the config reads it.
func (c *Config) FilePath(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// Selects reports whether a file (a slash path relative to the config's
// folder or the working folder) passes the include and exclude globs.
func (c *Config) Selects(rel string) bool {
	rel = filepath.ToSlash(rel)
	if len(c.Include) > 0 {
		ok := false
		for _, g := range c.Include {
			if m, _ := doublestar.Match(g, rel); m {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, g := range c.Exclude {
		if m, _ := doublestar.Match(g, rel); m {
			return false
		}
	}
	return true
}

// find returns the rule with the given ID, or nil.
func find(all []*rules.Rule, id string) *rules.Rule {
	for _, r := range all {
		if r.ID == id {
			return r
		}
	}
	return nil
}
