package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

func runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "usage: crosstalk version")
		return exitUsage
	}
	fmt.Fprintln(stdout, versionString())
	return exitOK
}

// versionNumber is the module version alone, for SARIF's tool version.
func versionNumber() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// versionString reports the module version and, for builds from a
// checkout, the commit, as the Go toolchain recorded them.
func versionString() string {
	version, revision, modified := "(devel)", "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if info.Main.Version != "" {
			version = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	s := "crosstalk " + version
	if revision != "" {
		s += " " + revision[:min(len(revision), 12)]
		if modified {
			s += "+modified"
		}
	}
	return s + " " + runtime.Version()
}
