//go:build !windows

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// nvimScript starts `copydesk lsp` with Neovim's built-in client (the
// 0.7 API Debian ships: start_client and buf_attach_client), opens the
// article, waits for its diagnostics and writes them, one a line, as
// "line col rule message" (0-based line, byte column as Neovim keeps it).
const nvimScript = `
local bin, dir, file, out = unpack(vim.g.copydesk_args)
local id = vim.lsp.start_client({ name = 'copydesk', cmd = { bin, 'lsp' }, cmd_cwd = dir, root_dir = dir })
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, id)
local ok = vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(lines, string.format('%d %d %s %s', d.lnum, d.col, d.code or lsp.code or '?', d.message))
end
if not ok then lines = { 'timed out waiting for diagnostics' } end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(id)
vim.cmd('qa!')
`

// TestLSPNeovim opens the example article in a real editor, headless
// Neovim with its built-in LSP client running copydesk lsp, and checks it
// shows the findings `copydesk check` reports, at the same places.
func TestLSPNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("nvim is not installed (CI installs Debian's neovim package in .ci/run)")
		}
		t.Skip("nvim is not installed (apt-get install neovim); skipping the real-editor test")
	}
	dir := t.TempDir()
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "example.txt")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	want := checkedLines(t, dir, src)

	script, out := filepath.Join(dir, "copydesk.lua"), filepath.Join(dir, "diagnostics.txt")
	if err := os.WriteFile(script, []byte(nvimScript), 0o644); err != nil {
		t.Fatal(err)
	}
	args, _ := json.Marshal([]string{copydeskBin(t), dir, file, out})
	cmd := exec.Command(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n",
		"--cmd", "let g:copydesk_args = json_decode('"+string(args)+"')", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir, "XDG_STATE_HOME="+dir, "XDG_CACHE_HOME="+dir, "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("nvim: %v\n%s", err, b)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("nvim wrote no diagnostics: %v", err)
	}
	got := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	slices.Sort(got)
	t.Logf("Neovim received %d diagnostics from copydesk lsp", len(got))
	if !slices.Equal(got, want) {
		t.Errorf("Neovim shows:\n%s\nwant (from copydesk check):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// checkedLines runs `copydesk check --format json` on example.txt in dir
// and gives each finding as Neovim's line would read, sorted.
func checkedLines(t *testing.T, dir string, src []byte) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	t.Chdir(dir) // where the server runs: the same config search
	code := run([]string{"check", "--format", "json", "example.txt"}, nil, &stdout, &stderr)
	if code == exitError {
		t.Fatalf("check: %s", stderr.String())
	}
	var res struct {
		Findings []struct {
			Rule    string `json:"rule"`
			Message string `json:"message"`
			Start   struct{ Offset, Line int }
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) == 0 {
		t.Fatal("check found nothing in example.txt: the test would show nothing")
	}
	var lines []string
	for _, f := range res.Findings {
		col := f.Start.Offset - (bytes.LastIndexByte(src[:f.Start.Offset], '\n') + 1)
		lines = append(lines, fmt.Sprintf("%d %d %s %s", f.Start.Line-1, col, f.Rule, f.Message))
	}
	slices.Sort(lines)
	return lines
}
