package main

import (
	"github.com/copydesk/copydesk/rules/all"
	"github.com/copydesk/copydesk/rules/config"
	"github.com/copydesk/copydesk/rules/engine"
)

// applyNested loads the nested config files that apply to the run's files
// (a .copydesk.yml in a folder below the top config's applies to that
// folder and below, over its parents) and adds them to the engine's
// overrides, after the top file's own. With --config (named) there are
// none: the file named is the whole configuration, as with ruff's --config.
// It returns the paths of the nested files read.
func applyNested(cfg *config.Config, eng *engine.Engine, inputs engine.Inputs, named bool) ([]string, error) {
	if named {
		return nil, nil
	}
	paths := make([]string, inputs.Len())
	for i := range paths {
		paths[i] = inputs.Path(i)
	}
	nested, err := cfg.LoadNested(paths)
	if err != nil || len(nested) == 0 {
		return nil, err
	}
	ovs, err := cfg.ResolveNested(all.List(), nested)
	if err != nil {
		return nil, err
	}
	eng.Overrides = append(eng.Overrides, ovs...)
	read := make([]string, len(nested))
	for i, n := range nested {
		read[i] = n.Path
	}
	return read, nil
}
