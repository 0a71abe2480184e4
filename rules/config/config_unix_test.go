//go:build unix

package config_test

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/copydesk/copydesk/rules/config"
)

// TestConfigNotRegular: a .copydesk.yml, dictionary or names file that is a
// named pipe is refused at once instead of waiting for a writer for ever.
func TestConfigNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, ".copydesk.yml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a named pipe here:", err)
	}
	if got := config.Find(dir); got != fifo {
		t.Fatalf("Find = %q", got)
	}
	_, err := config.Load(fifo)
	if err == nil || !strings.Contains(err.Error(), "a named pipe, not a regular file") || !strings.Contains(err.Error(), fifo) {
		t.Errorf("err = %v", err)
	}
}
