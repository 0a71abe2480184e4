package engine

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"sync"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// Input is one file to check. Read is called from a worker goroutine.
type Input struct {
	Path   string
	Format article.Format
	Read   func() ([]byte, error)
	// ReadPath, used where Read is nil, reads the file by its path: one
	// function shared by every file of a walk, where a Read for each would
	// cost a closure a file, which a run over many files keeps to the end.
	ReadPath func(path string) ([]byte, error)
	// Stdin marks the article read from standard input.
	Stdin bool
}

// Load reads the input's bytes: by Read, or else by ReadPath.
func (in Input) Load() ([]byte, error) {
	if in.Read != nil {
		return in.Read()
	}
	return in.ReadPath(in.Path)
}

// Result is everything one run found, in a deterministic order.
type Result struct {
	// Articles are the articles read, sorted by path; none when the engine
	// is Compact and no rule looks across files.
	Articles []*article.Article
	// Texts are, for a Compact run, what reports read of each file with a
	// finding or a warning, sorted by path.
	Texts []*FileText
	// Checked is how many files were read and checked.
	Checked  int
	Findings []rules.Finding // sorted by path, offset, rule
	Warnings []FileWarning   // problems with inputs that did not stop the run
	Errors   []FileError     // inputs that could not be read or checked, sorted by path
	Rules    []*rules.Rule   // the rules that ran, sorted by ID
}

// FileWarning is a problem with one input: invalid UTF-8, say.
type FileWarning struct {
	Path    string
	Offset  int // -1 for the whole file
	Message string
}

// FileError is an input that could not be read, parsed or checked. The run
// goes on without it; the CLI names it and exits with status 2 at the end.
type FileError struct {
	Path string
	Err  error // names the file
}

func (e FileError) Error() string { return e.Err.Error() }

// ruleError is a rule that failed (bad options made in code, a bug): unlike
// a file error it fails the whole run, with no report, for every file
// would fail the same way. (Run finds it once every input is checked;
// Stream as soon as that file's turn comes.)
type ruleError struct{ err error }

func (e ruleError) Error() string { return e.err.Error() }

// Err joins the errors of the files that could not be checked, or is nil.
func (r *Result) Err() error {
	errs := make([]error, len(r.Errors))
	for i, e := range r.Errors {
		errs[i] = e.Err
	}
	return errors.Join(errs...)
}

// Text returns what the result kept of the file at path for reports:
// its compact text, or its whole article wrapped; nil when it has neither.
func (r *Result) Text(path string) *FileText {
	i, ok := slices.BinarySearchFunc(r.Texts, path, func(t *FileText, p string) int { return cmp.Compare(t.Path, p) })
	if ok {
		return r.Texts[i]
	}
	if a := r.Article(path); a != nil {
		return FullText(a)
	}
	return nil
}

// Article returns the article read from path, or nil.
func (r *Result) Article(path string) *article.Article {
	i, ok := slices.BinarySearchFunc(r.Articles, path, func(a *article.Article, p string) int { return cmp.Compare(a.Path, p) })
	if !ok {
		return nil
	}
	return r.Articles[i]
}

// Engine runs configured rules over inputs.
type Engine struct {
	Rules []RuleConfig
	// Language is the house language of files no override gives another;
	// LanguageSet says whether the configuration named it (false: the
	// default, which rules must not impose on copy unattended).
	Language    string
	LanguageSet bool
	Shared      *rules.Shared
	// Overrides set rules (and the language) differently for some paths,
	// nested config files among them; later ones win (see ConfigFor).
	Overrides []Override
	// Progress, if set, is called after each file is checked with the
	// number done so far and the total; calls are serialised.
	Progress func(done, total int)
	// Jobs is how many files are read and checked at once; 0 means one per CPU.
	Jobs int
	// KeepProse keeps every article's paragraphs in the result even when no
	// rule looks across files (`names learn` reads them).
	KeepProse bool
	// Compact drops each article once its findings are final, keeping of
	// it only the FileText its reports need (Result.Texts), so that a run's
	// memory is bounded by its largest file and its findings, not by the
	// size of all its files. Rules that look across files (and KeepProse)
	// need every article to the end: Result.Articles is kept then.
	Compact bool
	// KeepFixable keeps, in a Compact run, the whole text of each file that
	// has a safe fix, for a diff of the fixes (check --diff).
	KeepFixable bool
	// MaxPerRule and MaxPerFile bound the findings one file lists, of one
	// rule and in all; 0 means DefaultMaxPerRule and DefaultMaxPerFile, a
	// negative number no limit.
	MaxPerRule, MaxPerFile int
	// Article says how files are read (which metadata fields are prose).
	Article article.Options
}

// Run reads every input, checks it, and returns the sorted findings. A file
// that cannot be read, parsed or checked is recorded in Result.Errors and
// the run goes on without it: one bad file does not cost the report on the
// others. The error Run returns is for the run as a whole (a batch rule).
func (e *Engine) Run(inputs []Input) (*Result, error) {
	outs := make([]fileOut, len(inputs))
	keepProse := e.KeepProse || e.UsesBatch()
	next := make(chan int)
	var wg sync.WaitGroup
	var progressMu sync.Mutex
	done := 0
	for range min(e.jobs(), max(len(inputs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				outs[i] = e.checkFile(inputs[i], keepProse)
				if e.Progress != nil {
					progressMu.Lock()
					done++
					e.Progress(done, len(inputs))
					progressMu.Unlock()
				}
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()

	res := &Result{Rules: e.EnabledRules()}
	for _, o := range outs {
		if re := (ruleError{}); errors.As(o.err, &re) {
			return nil, re.err // a rule that cannot run is no file's fault: the run fails
		}
	}
	for i, o := range outs {
		if o.err != nil {
			res.Errors = append(res.Errors, FileError{Path: inputs[i].Path, Err: o.err})
			continue
		}
		res.Checked++
		if o.art != nil {
			res.Articles = append(res.Articles, o.art)
		}
		if o.text != nil {
			res.Texts = append(res.Texts, o.text)
		}
		res.Findings = append(res.Findings, o.findings...)
		if keepProse {
			continue // the batch rules may add to the article's warnings: read below
		}
		for _, w := range o.warnings {
			res.Warnings = append(res.Warnings, FileWarning{Path: inputs[i].Path, Offset: w.Offset, Message: w.Message})
		}
	}
	slices.SortStableFunc(res.Articles, func(a, b *article.Article) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortStableFunc(res.Texts, func(a, b *FileText) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortStableFunc(res.Errors, func(a, b FileError) int { return cmp.Compare(a.Path, b.Path) })
	if keepProse {
		batch, err := e.runBatch(res.Articles)
		if err != nil {
			return nil, err
		}
		res.Findings = e.suppressAll(res, append(res.Findings, batch...))
		for _, a := range res.Articles {
			for _, w := range a.Warnings {
				res.Warnings = append(res.Warnings, FileWarning{Path: a.Path, Offset: w.Offset, Message: w.Message})
			}
		}
	}
	rules.SortFindings(res.Findings)
	for i, fp := range Fingerprints(res.Findings) {
		res.Findings[i].Fingerprint = fp
	}
	e.withReferences(res)
	return res, nil
}

// fileOut is what checking one file leaves.
type fileOut struct {
	art      *article.Article // nil when dropped (Compact)
	text     *FileText        // Compact: what reports need of it, or nil
	warnings []article.Warning
	findings []rules.Finding
	err      error
}

// jobs is how many files are checked at once.
func (e *Engine) jobs() int {
	if e.Jobs > 0 {
		return e.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

// checkFile reads and checks one input. Unless its prose must be kept for
// rules that look across files, the article is finished here: its
// suppressions applied and its parsed prose let go, so memory holds only
// the source and findings of the files done (or, Compact, only the
// findings and the lines they show).
func (e *Engine) checkFile(in Input, keepProse bool) fileOut {
	fc := e.ConfigFor(in.Path) // once a file: matching overrides resolves paths
	art, fs, err := e.checkOne(in, fc)
	o := fileOut{art: art, findings: fs, err: err}
	if err != nil {
		return o
	}
	o.warnings = art.Warnings
	if keepProse {
		return o
	}
	o.findings = e.suppress(art, fs, fc.Rules)
	art.Release() // its paragraphs are done with: their memory goes to the next file
	if e.Compact {
		for k := range o.findings {
			o.findings[k].Detach()
		}
		o.art, o.text = nil, e.textOf(art, o.findings)
	}
	return o
}

// textOf is what a Compact run keeps of a finished article: nothing for a
// file with no finding or warning, the whole text of a file with a safe fix
// when a diff will be made of them, else the lines its findings show.
func (e *Engine) textOf(a *article.Article, fs []rules.Finding) *FileText {
	switch {
	case len(fs) == 0 && len(a.Warnings) == 0:
		return nil
	case e.KeepFixable && len(rules.SafeEdits(fs, false)) > 0:
		return FullText(a)
	}
	return NewFileText(a, fs)
}

// UsesBatch reports whether an enabled rule looks across the run's files:
// every article must then be held to the end of the run.
func (e *Engine) UsesBatch() bool {
	for _, rc := range e.Rules {
		if rc.Enabled && rc.Rule.LooksAcross(rc.Options) {
			return true
		}
	}
	return false
}

// suppressAll applies each article's suppression comments and "[sic]" marks.
func (e *Engine) suppressAll(res *Result, fs []rules.Finding) []rules.Finding {
	byPath := map[string][]rules.Finding{}
	for _, f := range fs {
		byPath[f.Path] = append(byPath[f.Path], f)
	}
	var out []rules.Finding
	for _, a := range res.Articles {
		out = append(out, e.suppress(a, byPath[a.Path], e.ConfigFor(a.Path).Rules)...)
		delete(byPath, a.Path)
	}
	for _, rest := range byPath { // findings on paths not read (none, normally)
		out = append(out, rest...)
	}
	return out
}

// suppress applies one article's suppression comments and "[sic]" marks to
// its findings, and reports the comments that silenced nothing. rcs are the
// file's own rules (overrides and nested configs applied). fs is filtered
// in place: the caller keeps only the slice returned.
func (e *Engine) suppress(a *article.Article, fs []rules.Finding, rcs []RuleConfig) []rules.Finding {
	var unused *RuleConfig
	for i, rc := range rcs {
		if rc.Enabled && rc.Rule == UnusedSuppression {
			unused = &rcs[i]
		}
	}
	ran := func(id string) bool { // asked only of a comment that silenced nothing
		for _, rc := range rcs {
			if rc.Enabled && rc.Rule.ID == id {
				return true
			}
		}
		return false
	}
	out := suppress(a, fs, unused != nil, ran)
	for i := range out {
		if out[i].Rule == UnusedSuppression.ID && out[i].Severity == 0 {
			out[i].Severity = unused.Severity
		}
	}
	return out
}

// checkOne reads and parses one input and runs its article rules, as the
// file's config fc sets them.
func (e *Engine) checkOne(in Input, fc FileConfig) (*article.Article, []rules.Finding, error) {
	data, err := in.Load()
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return nil, nil, err // it names the file already
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", in.Path, err)
	}
	art, err := article.ParseWith(in.Path, in.Format, data, e.Article)
	if err != nil {
		return nil, nil, err
	}
	var findings []rules.Finding
	for _, rc := range fc.Rules {
		if !rc.Enabled || rc.Rule.Scope != rules.ArticleScope {
			continue
		}
		fs, err := e.pass(rc, art, nil, fc.Language, fc.LanguageSet)
		if err != nil {
			return nil, nil, ruleError{err}
		}
		findings = append(findings, fs...)
	}
	maxFile := limit(e.MaxPerFile, DefaultMaxPerFile)
	findings, dropped := capPerFile(findings, maxFile)
	if dropped > 0 {
		art.Warnings = append(art.Warnings, article.Warning{Offset: -1,
			Message: fmt.Sprintf("%d more %s not listed (a file lists at most %d); the file may be damaged throughout", dropped, plural(dropped, "finding", "findings"), maxFile)})
	}
	return art, findings, nil
}

func (e *Engine) runBatch(arts []*article.Article) ([]rules.Finding, error) {
	var findings []rules.Finding
	if len(arts) == 0 {
		return nil, nil // every file failed, or none was given: nothing to compare
	}
	for _, rc := range e.Rules {
		if !rc.Enabled || (rc.Rule.Scope != rules.BatchScope && rc.Rule.RunBatch == nil) {
			continue
		}
		fs, err := e.pass(rc, nil, arts, e.Language, e.LanguageSet)
		if err != nil {
			return nil, err
		}
		findings = append(findings, fs...)
	}
	return findings, nil
}

// pass runs one rule, in the house language lang (set says whether the
// configuration named it), and finishes its findings.
func (e *Engine) pass(rc RuleConfig, art *article.Article, batch []*article.Article, lang string, set bool) ([]rules.Finding, error) {
	maxPerRule := 0 // no limit: MaxPerRule is negative
	if e.MaxPerRule >= 0 {
		maxPerRule = limit(e.MaxPerRule, DefaultMaxPerRule)
	}
	p := rules.NewPass(rc.Rule, rc.Options, rc.Severity, maxPerRule)
	p.Article, p.Batch, p.Language, p.LanguageSet, p.Shared = art, batch, lang, set, e.Shared
	if p.Shared == nil {
		p.Shared = &rules.Shared{}
	}
	run := rc.Rule.Run
	if art == nil && rc.Rule.RunBatch != nil {
		run = rc.Rule.RunBatch
	}
	if err := run(p); err != nil {
		where := "the batch"
		if art != nil {
			where = art.Path
		}
		return nil, fmt.Errorf("%s: rule %s: %w", where, rc.Rule.ID, err)
	}
	fs := p.Findings()
	for i := range fs {
		f := &fs[i]
		if rc.SeverityFixed {
			f.Severity = rc.Severity
		}
		if f.Key == "" {
			f.Key = keyOf(f, art, batch)
		}
	}
	return fs, nil
}

// keyOf is the default stable identity of a finding: its rule and the text it flags.
func keyOf(f *rules.Finding, art *article.Article, batch []*article.Article) string {
	if art == nil {
		for _, a := range batch {
			if a.Path == f.Path {
				art = a
				break
			}
		}
	}
	if art == nil || f.Span.End > len(art.Source) || f.Span.Start < 0 {
		return f.Message
	}
	return string(art.Source[f.Span.Start:f.Span.End])
}

// FilesChecked is how many files were read and checked.
func (r *Result) FilesChecked() int {
	if r.Checked > 0 {
		return r.Checked
	}
	return len(r.Articles) // a result made by hand
}
