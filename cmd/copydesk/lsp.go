//go:build !windows

package main

import (
	"errors"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/copydesk/copydesk/internal/lsp"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
	"github.com/copydesk/copydesk/rules/sources"
)

func newLSP() *cobra.Command {
	var configPath string
	cmd := &cobra.Command{
		Use:   "lsp",
		Short: "Run the language server (LSP over standard input and output)",
		Long: `Run copydesk as a language server for editors: it checks each open
article as you type, with the workspace's .copydesk.yml (and nested ones),
and offers fixes, suppressions and dictionary additions as code actions.
Start it from your editor, not by hand: it speaks JSON-RPC on stdin/stdout.`,
		Example: "  copydesk lsp\n  copydesk lsp --config newsroom.yml",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			// the record's index, kept for the server's life while its files
			// are unchanged: the workspace is loaded again at every change
			// of its configuration
			cache := new(sources.Cache)
			s := lsp.New(lsp.Options{Version: version, Load: func(root string) (lsp.Workspace, error) {
				w, err := loadLSPWorkspace(root, configPath, cache)
				if err != nil {
					return nil, err // not a nil *lspWorkspace in a non-nil interface
				}
				return w, nil
			}})
			if err := s.RunStdio(); errors.Is(err, lsp.ErrNoShutdown) {
				return exitWith(exitFindings, err) // the protocol asks for 1
			} else if err != nil {
				return err
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&configPath, "config", "", "config file (default: .copydesk.yml in the workspace folder or above; a named file is the whole configuration)")
	return cmd
}

// lspWorkspace is the configuration `copydesk check` would use in the
// editor's workspace folder, built by the same setup and applyNested.
type lspWorkspace struct {
	cfg   *config.Config
	eng   *engine.Engine
	named bool
}

func loadLSPWorkspace(root, configPath string, cache *sources.Cache) (*lspWorkspace, error) {
	named := configPath != ""
	if !named {
		if root == "" {
			root = "."
		}
		configPath = config.Find(root)
	}
	cfg, eng, err := setup(configPath, 1, sourceCacheSetter(cache))
	if err != nil {
		return nil, err
	}
	return &lspWorkspace{cfg: cfg, eng: eng, named: named}, nil
}

// Engine copies the workspace engine and adds the nested config files
// above paths, read now, so a nested file's edit counts at the next check.
func (w *lspWorkspace) Engine(paths []string) (*engine.Engine, error) {
	e := *w.eng
	e.Overrides = slices.Clip(w.eng.Overrides) // appends must not reach the shared one
	inputs := make([]engine.Input, len(paths))
	for i, p := range paths {
		inputs[i].Path = p
	}
	if _, err := applyNested(w.cfg, &e, engine.InputSlice(inputs), w.named); err != nil {
		return nil, err
	}
	return &e, nil
}

func (w *lspWorkspace) DictionaryFile() string {
	if len(w.cfg.DictionaryFiles) == 0 {
		return ""
	}
	return w.cfg.FilePath(w.cfg.DictionaryFiles[0])
}

func (w *lspWorkspace) Watched(path string) bool {
	abs := func(p string) string { a, _ := filepath.Abs(p); return a }
	path = abs(path)
	files := []string{w.cfg.Path}
	for _, f := range append(slices.Clone(w.cfg.DictionaryFiles), w.cfg.NamesFiles...) {
		files = append(files, w.cfg.FilePath(f))
	}
	return slices.ContainsFunc(files, func(f string) bool { return f != "" && abs(f) == path })
}
