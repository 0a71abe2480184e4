//go:build windows

package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// newLSP is the language server's command on Windows, where it is not
// built (see internal/lsp's package doc): it says so and where to run it.
func newLSP() *cobra.Command {
	return &cobra.Command{
		Use:   "lsp",
		Short: "Run the language server (not in Windows builds)",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return errors.New("lsp: the language server is not in Windows builds (its protocol library does not build there); run copydesk lsp under WSL")
		},
	}
}
