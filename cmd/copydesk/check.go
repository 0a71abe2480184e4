package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/copydesk/copydesk/report"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// checkFlags are the flags of `copydesk check`.
type checkFlags struct {
	config    string
	format    string
	output    string
	failOn    string
	diff      bool
	stdinName string
	color     string
	jobs      int
	baseline  string
	writeBase string
	across    bool
	maxSize   sizeFlag
	cpuProf   string
	memProf   string
	rules     selectFlags // --select, --ignore
	changed   string      // --changed: only what changed since this REF
	sources   []string    // --sources: the record quotations are held against
}

func newCheck() *cobra.Command {
	var fl checkFlags
	c := &cobra.Command{
		Use:   "check [PATH|-]...",
		Short: "Check articles and report what is wrong with them",
		Long: `Check reads the articles named (folders are walked for .txt, .text,
.md, .markdown, .html and .htm files, or what the config's include globs
match, honouring .gitignore; "-" reads standard input) and reports findings.
In plain text, a blank line ends a paragraph; a file with no blank lines at
all has one paragraph per line.

Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 on a
usage, configuration or I/O error.`,
		Example: `  copydesk check testdata/example.txt
  copydesk check --format json articles/ > findings.json
  copydesk check --format sarif --output copydesk.sarif .
  copydesk check --diff story.md | git apply
  copydesk check --changed articles/        # only what this branch changed
  copydesk check --changed=HEAD~3 .
  copydesk check --fail-on error --format github .
  copydesk check --select typo,name-spelling --ignore unused-suppression .
  copydesk check --write-baseline .copydesk-baseline.json archive/
  copydesk check --baseline .copydesk-baseline.json archive/`,
		RunE: func(c *cobra.Command, args []string) error {
			return runCheck(c, args, &fl)
		},
	}
	f := c.Flags()
	f.StringVar(&fl.config, "config", "", "config file (default: .copydesk.yml here or in a parent folder)")
	f.StringVarP(&fl.format, "format", "f", "text", "output format: text, json, jsonl (a finding a line), sarif, github or rdjsonl (reviewdog)")
	f.StringVarP(&fl.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&fl.failOn, "fail-on", "warning", "lowest severity that makes the exit status 1: error, warning, info or never")
	f.BoolVar(&fl.diff, "diff", false, "print a unified diff of all safe fixes instead of the report")
	f.StringVar(&fl.stdinName, "stdin-filename", "", "name (and so format) of the article read from standard input")
	f.StringVar(&fl.color, "color", "auto", "colour the text report: auto, always or never (NO_COLOR is honoured)")
	f.IntVarP(&fl.jobs, "jobs", "j", defaultJobs(), "files checked at once (one per CPU unless given)")
	f.BoolVar(&fl.across, "across-files", false, "also report a name spelled differently in another file of the run (name-spelling's across_files)")
	f.StringVar(&fl.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	f.StringVar(&fl.writeBase, "write-baseline", "", "record today's findings in this file (and report nothing)")
	fl.maxSize = defaultMaxFileSize
	f.Var(&fl.maxSize, "max-file-size", "largest file read (e.g. 512KB, 16MB); a larger one is an error naming it")
	f.StringVar(&fl.cpuProf, "cpuprofile", "", "write a CPU profile of the run to this file (go tool pprof reads it)")
	f.StringVar(&fl.memProf, "memprofile", "", "write a memory profile (allocations, and what is live at the end) to this file")
	fl.rules.add(f)
	addChangedFlag(c, &fl.changed)
	addSourcesFlag(f, &fl.sources)
	return c
}

func runCheck(c *cobra.Command, args []string, fl *checkFlags) (err error) {
	stop, err := startProfiles(fl.cpuProf, fl.memProf)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stop()) }()
	failOn, err := parseFailOn(fl.failOn)
	if err != nil {
		return err
	}
	if err := checkJobs(fl.jobs); err != nil {
		return err
	}
	if !validFormat(fl.format) {
		return fmt.Errorf("unknown --format %q (want %s)", fl.format, strings.Join(report.Formats, ", "))
	}
	if m := strings.ToLower(fl.color); m != "auto" && m != "always" && m != "never" {
		return fmt.Errorf("unknown --color %q (want auto, always or never)", fl.color)
	}
	set := []func(*config.Config) error{fl.rules.set}
	if fl.across {
		set = append(set, func(c *config.Config) error { return c.SetOption("name-spelling", "across_files", true) })
	}
	set = append(set, sourcesSetter(fl.sources))
	cfg, eng, err := setup(fl.config, fl.jobs, set...)
	if err != nil {
		return err
	}
	if fl.changed != "" {
		fl.changed, args = changedRefArg(fl.changed, args)
	}
	inputs, err := collectList(args, cfg, c.InOrStdin(), fl.stdinName, c.ErrOrStderr(), int64(fl.maxSize))
	if err != nil {
		return err
	}
	if fl.changed != "" {
		changed, err := onlyChanged(inputs.Slice(), fl.changed, c.ErrOrStderr())
		if err != nil {
			return err
		}
		inputs = listOf(changed)
	}
	nested, err := applyNested(cfg, eng, inputs, fl.config != "")
	if err != nil {
		return err
	}
	if err := refuseOverwrite("--output", fl.output, inputs, cfg, nested, fl.baseline); err != nil {
		return err
	}
	if err := refuseOverwrite("--write-baseline", fl.writeBase, inputs, cfg, nested, ""); err != nil {
		return err
	}
	var base *engine.Baseline
	if fl.baseline != "" && fl.writeBase == "" {
		if base, err = engine.LoadBaseline(fl.baseline); err != nil {
			return err
		}
	}
	if fl.writeBase != "" {
		return writeBaseline(c, eng, inputs, fl)
	}
	out, closeOut, err := openOutput(c.OutOrStdout(), fl.output)
	if err != nil {
		return err
	}
	rep, err := newFileReport(c, out, eng, fl)
	if err != nil {
		return closeOut(err)
	}
	var worst rules.Severity
	var warnings []engine.FileWarning
	hidden := 0 // by the baseline
	// each file is reported as soon as it and the files before it are
	// checked, and let go: memory is bounded by the files in flight
	var clearProgress func()
	eng.KeepFixable = fl.diff
	eng.Progress, clearProgress = progress(c.ErrOrStderr(), inputs.Len(), reportOnTerminal(c, fl))
	total, err := eng.StreamList(inputs, func(r *engine.Result) error {
		if base != nil {
			n := len(r.Findings)
			r.Findings = base.Filter(r.Findings)
			hidden += n - len(r.Findings)
		}
		for _, f := range r.Findings {
			worst = max(worst, f.Severity)
		}
		warnings = append(warnings, r.Warnings...)
		return rep.write(r)
	})
	clearProgress()
	if err == nil {
		rep.fileErrors(total.Errors) // SARIF lists them; every format names them on stderr below
		err = rep.close()
	}
	if err := closeOut(err); err != nil {
		return err
	}
	if fl.format != "text" || fl.diff || fl.output != "" {
		for _, w := range warnings {
			fmt.Fprintf(c.ErrOrStderr(), "copydesk: %s: warning: %s\n", w.Path, w.Message)
		}
	}
	if base != nil {
		baselineNote(c.ErrOrStderr(), fl.baseline, hidden)
	}
	if err := fileErrors(c.ErrOrStderr(), total); err != nil {
		return err
	}
	if failOn > 0 && worst >= failOn {
		return errFindings
	}
	return nil
}

// writeBaseline records the findings of a run in --write-baseline's file
// and reports nothing else.
func writeBaseline(c *cobra.Command, eng *engine.Engine, inputs engine.Inputs, fl *checkFlags) error {
	b := engine.NewBaseline(nil)
	total, err := eng.StreamList(inputs, func(r *engine.Result) error {
		b.Findings = append(b.Findings, engine.NewBaseline(r.Findings).Findings...)
		return nil
	})
	if err != nil {
		return err
	}
	if err := b.Write(fl.writeBase); err != nil {
		return err
	}
	n := len(b.Findings)
	fmt.Fprintf(c.ErrOrStderr(), "copydesk: recorded %d %s in %s\n", n, plural(n, "finding", "findings"), fl.writeBase)
	return fileErrors(c.ErrOrStderr(), total)
}

// fileReport is where check writes each file's result: the report in
// --format, or with --diff the diff of its safe fixes.
type fileReport struct {
	out io.Writer
	rw  *report.Writer // nil for --diff
}

func newFileReport(c *cobra.Command, out io.Writer, eng *engine.Engine, fl *checkFlags) (*fileReport, error) {
	if fl.diff {
		return &fileReport{out: out}, nil
	}
	opts := report.Options{Format: fl.format, Color: useColor(fl.color, fl.output, c.OutOrStdout()),
		BaseDir: ".", ToolVersion: version}
	rw, err := report.NewWriter(out, eng.EnabledRules(), opts)
	return &fileReport{out: out, rw: rw}, err
}

func (r *fileReport) write(res *engine.Result) error {
	if r.rw != nil {
		return r.rw.Write(res)
	}
	d, err := report.DiffFixes(res, false)
	if err == nil {
		_, err = io.WriteString(r.out, d)
	}
	return err
}

func (r *fileReport) fileErrors(errs []engine.FileError) {
	if r.rw != nil {
		r.rw.FileErrors(errs)
	}
}

func (r *fileReport) close() error {
	if r.rw != nil {
		return r.rw.Close()
	}
	return nil
}

// reportOnTerminal reports whether the report is written to a terminal,
// where a progress line would be drawn over it.
func reportOnTerminal(c *cobra.Command, fl *checkFlags) bool {
	if fl.output != "" && fl.output != "-" {
		return false
	}
	f, ok := c.OutOrStdout().(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// fileErrors names on w each file that could not be checked and returns an
// error (exit status 2) saying how many there were, or nil. The report on
// the other files has been written by then: one unreadable file does not
// cost the rest.
func fileErrors(w io.Writer, res *engine.Result) error {
	if len(res.Errors) == 0 {
		return nil
	}
	for _, e := range res.Errors {
		fmt.Fprintf(w, "copydesk: %v\n", e.Err)
	}
	n := len(res.Errors)
	return fmt.Errorf("%d %s could not be checked (see above); the report covers the other %d", n, plural(n, "file", "files"), res.FilesChecked())
}

// setup loads the configuration, applies the command line's settings to
// it (set, if not nil) and builds the engine from it.
func setup(configPath string, jobs int, set ...func(*config.Config) error) (*config.Config, *engine.Engine, error) {
	if configPath == "" {
		wd, _ := os.Getwd()
		configPath = config.Find(wd)
	}
	cfg, err := config.Load(configPath)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range set {
		if err := f(cfg); err != nil {
			return nil, nil, err
		}
	}
	rcs, err := cfg.Resolve(all.List())
	if err != nil {
		return nil, nil, err
	}
	overrides, err := cfg.ResolveOverrides(all.List())
	if err != nil {
		return nil, nil, err
	}
	shared, err := cfg.Shared()
	if err != nil {
		return nil, nil, err
	}
	return cfg, &engine.Engine{Rules: rcs, Overrides: overrides, Language: cfg.Language, LanguageSet: cfg.LanguageSet(), Shared: shared, Jobs: jobs,
		MaxPerRule: cfg.MaxFindingsPerRule, MaxPerFile: cfg.MaxFindingsPerFile, Article: cfg.ArticleOptions()}, nil
}

// parseFailOn reads --fail-on; "never" is 0.
func parseFailOn(s string) (rules.Severity, error) {
	if s == "never" || s == "none" {
		return 0, nil
	}
	sev, err := rules.ParseSeverity(s)
	if err != nil {
		return 0, fmt.Errorf("unknown --fail-on %q (want error, warning, info or never)", s)
	}
	return sev, nil
}

func validFormat(f string) bool {
	return slices.Contains(report.Formats, f)
}

// openOutput returns where the report goes. The file is written beside its
// final name and renamed into place, so a failed run leaves no half report.
func openOutput(stdout io.Writer, path string) (io.Writer, func(error) error, error) {
	if path == "" || path == "-" {
		return stdout, func(err error) error { return err }, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the temporary file's name would only confuse
		}
		return nil, nil, fmt.Errorf("--output %s: cannot write there: %w", path, err)
	}
	// CreateTemp makes the file private (0600); a report is an ordinary
	// file, readable as any other the user writes (or as the one it replaces)
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, nil, fmt.Errorf("--output %s: %w", path, err)
	}
	done := func(err error) error {
		if err == nil {
			err = tmp.Close()
		} else {
			tmp.Close()
		}
		if err == nil {
			err = os.Rename(tmp.Name(), path)
		}
		if err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return nil
	}
	return tmp, done, nil
}

// useColor decides on ANSI colour: only on a terminal, never with NO_COLOR.
func useColor(mode, output string, w io.Writer) bool {
	switch strings.ToLower(mode) {
	case "always":
		return true
	case "never":
		return false
	}
	if os.Getenv("NO_COLOR") != "" || output != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
