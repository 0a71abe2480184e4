package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// SARIF constants. The $schema is the one GitHub's examples use; the OASIS
// errata URL would do too (see ../shared/sarif/README.md).
const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// SARIFBaseID names the folder relative URIs resolve against (Options.BaseDir).
	SARIFBaseID = "SRCROOT"
	// FingerprintKey is our entry in partialFingerprints. GitHub computes
	// primaryLocationLineHash itself; we never send it.
	FingerprintKey = "copydesk/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

// sarifRun is the shape of the run sarifFormat writes, in its order (the
// tests read logs back into it).
type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds"`
	ColumnKind         string                      `json:"columnKind"`
	Results            []sarifResult               `json:"results"`
	Invocations        []sarifInvocation           `json:"invocations"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifHelp   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"` // nil for a whole file (one the run could not read)
}

type sarifArtifactLoc struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// sarifRegion is a text region. Lines and columns are absent (zero) only
// for a file the run did not read, where the byte offsets still say where.
type sarifRegion struct {
	StartLine   int        `json:"startLine,omitempty"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	CharOffset  *int       `json:"charOffset,omitempty"`
	CharLength  *int       `json:"charLength,omitempty"`
	ByteOffset  int        `json:"byteOffset"`
	ByteLength  int        `json:"byteLength"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion sarifRegion `json:"deletedRegion"`
	// InsertedContent is always present, "" for a deletion: reviewdog up to
	// v0.21 panics without it.
	InsertedContent sarifText `json:"insertedContent"`
}

// SARIF writes a SARIF 2.1.0 log with one run. Columns and character
// offsets are in UTF-16 code units (columnKind utf16CodeUnits, as GitHub
// reads them); byte offsets are given too. URIs are relative to
// Options.BaseDir, whose file: URI is the run's SRCROOT.
func SARIF(w io.Writer, res *engine.Result, opts Options) error {
	opts.Format = "sarif"
	return Render(w, res, opts)
}

// sarifFormat writes the log of sarifLog with one sarifRun field by field,
// the results as they come; the invocation, which carries the file
// warnings, comes after them. Its bytes are those an indenting encoder
// would write of such a run with its fields in that order.
type sarifFormat struct {
	opts          Options
	index         map[string]int // rule id → its place in the driver's rules
	results       jsonList
	notifications []sarifNotification
	failed        bool // some files could not be checked (FileErrors)
}

func (s *sarifFormat) begin(w *bufio.Writer, ruleList []*rules.Rule) error {
	driver := sarifDriver{Name: ToolName, Version: s.opts.ToolVersion, InformationURI: s.opts.InformationURI,
		Rules: make([]sarifRule, 0, len(ruleList))}
	if driver.InformationURI == "" {
		driver.InformationURI = DefaultInformationURI
	}
	s.index = map[string]int{}
	for i, r := range ruleList {
		s.index[r.ID] = i
		driver.Rules = append(driver.Rules, sarifRuleOf(r))
	}
	fmt.Fprintf(w, "{\n  \"$schema\": %q,\n  \"version\": %q,\n  \"runs\": [\n    {\n      \"tool\": ", sarifSchema, sarifVersion)
	if err := writeIndented(w, sarifTool{Driver: driver}, "      "); err != nil {
		return err
	}
	put(w, ",\n      \"originalUriBaseIds\": ")
	if err := writeIndented(w, map[string]sarifArtifactLoc{SARIFBaseID: {URI: dirURI(s.opts.BaseDir)}}, "      "); err != nil {
		return err
	}
	put(w, ",\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": ")
	s.results.indent = "      "
	return nil
}

func (s *sarifFormat) write(w *bufio.Writer, res *engine.Result, loc *locator) error {
	b := &sarifBuilder{opts: s.opts, loc: loc}
	fps := fingerprints(res)
	for i, f := range res.Findings {
		if err := s.results.add(w, b.result(f, s.ruleIndex(f.Rule), fps[i])); err != nil {
			return err
		}
	}
	s.notifications = append(s.notifications, b.notifications(res.Warnings)...)
	return nil
}

// ruleIndex is the rule's place in the driver's list, or nil for a rule
// not listed (a result made by hand), whose result then has none.
func (s *sarifFormat) ruleIndex(id string) *int {
	i, ok := s.index[id]
	if !ok {
		return nil
	}
	return &i
}

func (s *sarifFormat) end(w *bufio.Writer, _ Summary) error {
	s.results.close(w)
	put(w, ",\n      \"invocations\": ")
	inv := jsonList{indent: "      "}
	if err := inv.add(w, sarifInvocation{ExecutionSuccessful: !s.failed, ToolExecutionNotifications: s.notifications}); err != nil {
		return err
	}
	inv.close(w)
	_, err := w.WriteString("\n    }\n  ]\n}\n")
	return err
}

type sarifBuilder struct {
	opts Options
	loc  *locator
	// the last artifact made and its path: a file's results name it again
	// and again, and making one asks the system for the working folder
	lastPath     string
	lastArtifact *sarifArtifactLoc
}

// runRules is res.Rules plus a stub for any rule a finding names that is not
// among them, so every result has a ruleIndex.
func runRules(res *engine.Result) []*rules.Rule {
	list := slices.Clone(res.Rules)
	for _, f := range res.Findings {
		if !slices.ContainsFunc(list, func(r *rules.Rule) bool { return r.ID == f.Rule }) {
			list = append(list, &rules.Rule{ID: f.Rule, Summary: f.Rule, Severity: f.Severity})
		}
	}
	return list
}

func sarifRuleOf(r *rules.Rule) sarifRule {
	short := sentence(r.Summary)
	full := sentence(firstParagraph(r.Doc))
	if full == "" {
		full = short
	}
	help := sarifHelp{Text: strings.TrimSpace(r.Doc), Markdown: strings.TrimSpace(r.Doc)}
	if help.Text == "" {
		help = sarifHelp{Text: full}
	}
	return sarifRule{ID: r.ID, Name: ruleName(r.ID), ShortDescription: sarifText{short},
		FullDescription: sarifText{full}, Help: help, DefaultConfiguration: sarifConfig{sarifLevel(r.Severity)}}
}

func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return "error"
	case rules.Warning:
		return "warning"
	}
	return "note"
}

func (b *sarifBuilder) result(f rules.Finding, ruleIndex *int, fp string) sarifResult {
	r := sarifResult{RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
		Message:             sarifText{sarifMessage(f)},
		Locations:           []sarifLocation{b.location(f.Path, f.Span, true)},
		PartialFingerprints: map[string]string{FingerprintKey: fp}}
	for i, rel := range f.Related {
		path := rel.Path
		if path == "" {
			path = f.Path
		}
		l := b.location(path, rel.Span, false)
		id := i + 1
		l.ID, l.Message = &id, &sarifText{rel.Message}
		r.RelatedLocations = append(r.RelatedLocations, l)
	}
	for _, fx := range f.Fixes {
		ch := sarifArtifactChange{ArtifactLocation: b.artifact(f.Path)}
		for _, e := range fx.Edits {
			ch.Replacements = append(ch.Replacements, sarifReplacement{
				DeletedRegion: b.region(f.Path, e.Span, false), InsertedContent: sarifText{e.New}})
		}
		if len(ch.Replacements) > 0 {
			r.Fixes = append(r.Fixes, sarifFix{Description: sarifText{fx.Message},
				ArtifactChanges: []sarifArtifactChange{ch}})
		}
	}
	return r
}

func (b *sarifBuilder) location(path string, s article.Span, snippet bool) sarifLocation {
	reg := b.region(path, s, snippet)
	return sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: b.artifact(path), Region: &reg}}
}

// artifact is a file's location: relative to SRCROOT when it can be, an
// absolute file: URI otherwise (a file on another Windows volume).
func (b *sarifBuilder) artifact(path string) sarifArtifactLoc {
	if b.lastArtifact != nil && path == b.lastPath {
		return *b.lastArtifact
	}
	rel, ok := relPath(b.opts.BaseDir, path)
	a := sarifArtifactLoc{URI: escapeURIPath(rel), URIBaseID: SARIFBaseID}
	if !ok {
		a = sarifArtifactLoc{URI: "file://" + escapeURIPath("/"+strings.TrimPrefix(rel, "/"))}
	}
	b.lastPath, b.lastArtifact = path, &a
	return a
}

func (b *sarifBuilder) region(path string, s article.Span, snippet bool) sarifRegion {
	reg := sarifRegion{ByteOffset: max(s.Start, 0), ByteLength: max(s.Len(), 0)}
	start, ok := b.loc.pos(path, s.Start)
	if !ok {
		return reg
	}
	end, _ := b.loc.pos(path, s.End)
	reg.ByteOffset, reg.ByteLength = start.Offset, max(end.Offset-start.Offset, 0)
	reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn = start.Line, start.UTF16, end.Line, end.UTF16
	n := max(end.Char-start.Char, 0)
	reg.CharOffset, reg.CharLength = &start.Char, &n
	if snippet {
		reg.Snippet = &sarifText{b.loc.source(path, article.Span{Start: start.Offset, End: end.Offset})}
	}
	return reg
}

// notifications carries file warnings (invalid UTF-8, say) into the log.
func (b *sarifBuilder) notifications(ws []engine.FileWarning) []sarifNotification {
	var ns []sarifNotification
	for _, fw := range ws {
		n := sarifNotification{Level: "warning", Message: sarifText{fw.Path + ": " + fw.Message}}
		if fw.Offset >= 0 {
			n.Locations = []sarifLocation{b.location(fw.Path, article.Span{Start: fw.Offset, End: fw.Offset}, false)}
		}
		ns = append(ns, n)
	}
	return ns
}

// sentence capitalises s and ends it with a full stop, as SARIF's
// descriptions are sentences.
func sentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") && !strings.HasSuffix(s, "!") {
		s += "."
	}
	return s
}

// firstParagraph is the text before the first blank line of a Markdown doc.
func firstParagraph(doc string) string {
	doc = strings.TrimSpace(strings.ReplaceAll(doc, "\r\n", "\n"))
	if i := strings.Index(doc, "\n\n"); i >= 0 {
		doc = doc[:i]
	}
	return doc
}
