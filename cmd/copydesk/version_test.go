package main

import (
	"runtime/debug"
	"testing"
)

// TestBuildVersion: a build names its module version, or its commit and
// date, and says when it knows neither; never a bare "dev".
func TestBuildVersion(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d"},
		{Key: "vcs.time", Value: "2026-12-06T04:46:48Z"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, "v1.2.3"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261206044648-1a2b3c4d5e6f+dirty"}, Settings: vcs},
			"v0.0.0-20261206044648-1a2b3c4d5e6f+dirty"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs}, "devel 1a2b3c4d5e6f 2026-12-06T04:46:48Z +dirty"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel (built without version control information)"},
		{nil, "unknown (built without build information)"},
	}
	for _, tt := range tests {
		if got := buildVersion(tt.bi); got != tt.want {
			t.Errorf("buildVersion(%+v) = %q, want %q", tt.bi, got, tt.want)
		}
	}
}
