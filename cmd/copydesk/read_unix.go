//go:build unix

package main

import "syscall"

// Flags for opening an article: O_NONBLOCK so that opening a named pipe
// swapped in for a file returns at once (and is then refused) instead of
// waiting for a writer; O_NOFOLLOW, for a file the walk found as a file,
// so that a symbolic link swapped in for it afterwards is not followed;
// O_NOCTTY, so that a terminal swapped in never becomes the process's own.
const (
	openNonBlock = syscall.O_NONBLOCK | syscall.O_NOCTTY
	openNoFollow = syscall.O_NOFOLLOW
)
