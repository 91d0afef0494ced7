package check

import (
	"bytes"
	"path"
	"strings"
)

// otherInterpreters are the interpreters a first line (`#!/bin/bash`,
// `#!/usr/bin/env node`) names for a script that is not Python. Only
// the known ones: a launcher crosstalk does not know (`uv run`, `pipx
// run`, nix-shell) may well run Python.
var otherInterpreters = map[string]bool{
	"sh": true, "bash": true, "dash": true, "zsh": true, "ksh": true, "csh": true, "tcsh": true, "fish": true,
	"node": true, "nodejs": true, "deno": true, "bun": true,
	"perl": true, "ruby": true, "php": true, "lua": true, "Rscript": true, "tclsh": true, "expect": true,
	"awk": true, "gawk": true, "sed": true, "make": true, "pwsh": true, "osascript": true,
}

// otherInterpreter returns the interpreter a file's first line runs it
// with when that is not Python, "" otherwise. It is asked only of a file
// that does not parse: one that parses is Python whatever its first line
// says (a polyglot whose shell line execs python).
func otherInterpreter(src []byte) string {
	line, ok := bytes.CutPrefix(src, []byte("#!"))
	if !ok {
		return ""
	}
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	fields := strings.Fields(string(line))
	if len(fields) == 0 {
		return ""
	}
	name := path.Base(fields[0])
	if name == "env" {
		// env's options come before the command: -S splits the rest,
		// -i and -u NAME change the environment.
		rest := fields[1:]
		for len(rest) > 0 && strings.HasPrefix(rest[0], "-") {
			if rest[0] == "-u" && len(rest) > 1 {
				rest = rest[1:]
			}
			rest = rest[1:]
		}
		for len(rest) > 0 && strings.Contains(rest[0], "=") {
			rest = rest[1:] // NAME=value
		}
		if len(rest) == 0 {
			return ""
		}
		name = path.Base(rest[0])
	}
	if otherInterpreters[name] {
		return name
	}
	return ""
}
