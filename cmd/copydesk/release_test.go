package main

import (
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
)

// releaseTargets are the platforms a release ships binaries for; .ci/run
// cross-compiles the same list.
var releaseTargets = []string{"darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64", "windows/amd64", "windows/arm64"}

// TestReleaseConfig: .goreleaser.yaml builds static binaries of the command
// for Linux, macOS and Windows on amd64 and arm64, stamps their version,
// and writes checksums. (GoReleaser itself is not run in CI; see README.)
func TestReleaseConfig(t *testing.T) {
	var cfg struct {
		Version int
		Builds  []struct {
			Main    string
			Env     []string
			Ldflags []string
			Goos    []string
			Goarch  []string
		}
		Checksum struct {
			NameTemplate string `yaml:"name_template"`
		}
	}
	readYAML(t, "../../.goreleaser.yaml", &cfg)
	if cfg.Version != 2 || len(cfg.Builds) != 1 {
		t.Fatalf("want a version 2 config with one build: %+v", cfg)
	}
	b := cfg.Builds[0]
	var targets []string
	for _, goos := range b.Goos {
		for _, arch := range b.Goarch {
			targets = append(targets, goos+"/"+arch)
		}
	}
	slices.Sort(targets)
	if !slices.Equal(targets, releaseTargets) {
		t.Errorf("targets %v, want %v", targets, releaseTargets)
	}
	if b.Main != "./cmd/copydesk" || !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("build %+v: want ./cmd/copydesk with CGO_ENABLED=0 (static)", b)
	}
	if !strings.Contains(strings.Join(b.Ldflags, " "), "-X main.version={{ .Version }}") {
		t.Errorf("ldflags %v do not stamp main.version", b.Ldflags)
	}
	if cfg.Checksum.NameTemplate == "" {
		t.Error("no checksum file")
	}
	ci, err := os.ReadFile("../../.ci/run")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ci), strings.Join(releaseTargets, " ")) {
		t.Errorf(".ci/run does not cross-compile %s", strings.Join(releaseTargets, " "))
	}
}

// TestActionMetadata: action.yml has the inputs the README documents, every
// input and step output its steps use is declared, and every run script
// is valid bash (actionlint, in .ci/run, checks the file's schema but not
// a composite action's steps).
func TestActionMetadata(t *testing.T) {
	var action struct {
		Inputs map[string]struct{ Description string }
		Runs   struct {
			Using string
			Steps []struct {
				ID   string
				Uses string
				Run  string
			}
		}
	}
	readYAML(t, "../../action.yml", &action)
	for _, in := range []string{"paths", "config", "fail-on", "changed-only"} {
		if action.Inputs[in].Description == "" {
			t.Errorf("input %s missing or undescribed", in)
		}
	}
	if action.Runs.Using != "composite" {
		t.Errorf("runs.using %q, want composite", action.Runs.Using)
	}
	data, _ := os.ReadFile("../../action.yml")
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(string(data), -1) {
		if _, ok := action.Inputs[m[1]]; !ok {
			t.Errorf("inputs.%s is used but not declared", m[1])
		}
	}
	ids := map[string]bool{}
	for _, s := range action.Runs.Steps {
		ids[s.ID] = true
	}
	for _, m := range regexp.MustCompile(`steps\.([a-z-]+)\.outputs`).FindAllStringSubmatch(string(data), -1) {
		if !ids[m[1]] {
			t.Errorf("steps.%s is used but no step has that id", m[1])
		}
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to check the run scripts with")
	}
	for i, s := range action.Runs.Steps {
		if s.Run == "" {
			continue
		}
		cmd := exec.Command(bash, "-n")
		cmd.Stdin = strings.NewReader(s.Run)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("step %d (%s): not valid bash: %v\n%s", i, s.ID, err, out)
		}
	}
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
