package report

import "github.com/copydesk/copydesk/rules/engine"

// fileErrorFormat is a format that records the files a run could not
// check in the report itself (SARIF's tool execution notifications). The
// other formats leave them to standard error, where the CLI names them.
type fileErrorFormat interface {
	fileErrors(errs []engine.FileError)
}

// FileErrors adds the files the run could not check (engine.Result.Errors,
// known only once every file is done) to the report; call it before Close.
// A format with no place for them ignores it.
func (rw *Writer) FileErrors(errs []engine.FileError) {
	if f, ok := rw.f.(fileErrorFormat); ok && len(errs) > 0 {
		f.fileErrors(errs)
	}
}

// fileErrors makes each refused file an error-level notification located
// at the file, and marks the run as not successful: the CLI exits with
// status 2, and a SARIF consumer should not take the log for a full one.
func (s *sarifFormat) fileErrors(errs []engine.FileError) {
	b := &sarifBuilder{opts: s.opts, loc: newLocator(&engine.Result{})}
	for _, e := range errs {
		s.notifications = append(s.notifications, sarifNotification{Level: "error",
			Message:   sarifText{e.Err.Error()},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: b.artifact(e.Path)}}}})
	}
	s.failed = true
}
