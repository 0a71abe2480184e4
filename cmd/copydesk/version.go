package main

import (
	"runtime/debug"
	"strings"
)

// version is what `copydesk version` prints and SARIF gives as the tool's
// version. A release build sets it (GoReleaser: -ldflags "-X
// main.version=1.2.3"); otherwise it comes from the build information Go
// records (see buildVersion).
var version = ""

func init() {
	if version == "" {
		bi, ok := debug.ReadBuildInfo()
		if !ok {
			bi = nil
		}
		version = buildVersion(bi)
	}
	version = strings.TrimPrefix(version, "v")
}

// buildVersion names a build from its build information: the module
// version `go install …@v1.2.3` records, or the one Go derives from the
// commit of a clone (v0.0.0-20261206044648-1a2b3c4d5e6f, +dirty with
// uncommitted changes); failing that (go build -buildvcs=false, say) the
// commit and its date, "devel 1a2b3c4d5e6f 2026-12-06T04:46:48Z". A build
// that recorded neither, as a test binary, says so: a bare "dev" told a
// desk nothing about which copydesk reported a finding.
func buildVersion(bi *debug.BuildInfo) string {
	if bi == nil {
		return "unknown (built without build information)"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, date string
	dirty := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			date = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel (built without version control information)"
	}
	v := "devel " + rev[:min(len(rev), 12)]
	if date != "" {
		v += " " + date
	}
	if dirty {
		v += " +dirty"
	}
	return v
}
