package check

import "testing"

func TestOtherInterpreter(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"#!/bin/bash\necho\n", "bash"},
		{"#! /bin/sh -e\n", "sh"},
		{"#!/usr/bin/env node\n", "node"},
		{"#!/usr/bin/env -S bash -e\n", "bash"},
		{"#!/usr/bin/env -u HOME LANG=C perl -w\n", "perl"},
		{"#!/usr/bin/env python3\n", ""},
		{"#!/usr/bin/python3.11\n", ""},
		{"#!/usr/bin/env -S uv run --script\n", ""}, // a launcher of Python
		{"#!/usr/bin/env\n", ""},
		{"#!\n", ""},
		{"# bash\n", ""},
		{"", ""},
	} {
		if got := otherInterpreter([]byte(c.src)); got != c.want {
			t.Errorf("otherInterpreter(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
