package rules

import (
	"sort"

	"github.com/crosstalk-dev/crosstalk/python/ast"
	"github.com/crosstalk-dev/crosstalk/python/token"
)

// Where code runs relative to other code in a def's body, by position:
// the questions CT403 (a write-back after a change) and CT106 (a save
// after a write) ask of statements, answered from the statement lists
// alone.

// stmtAt returns the statement of block (in source order) that holds
// pos, or nil: a search, so that a def of many statements costs its
// depth, not its length, per question.
func stmtAt(block []ast.Stmt, pos token.Pos) ast.Stmt {
	i := sort.Search(len(block), func(i int) bool { return block[i].End() > pos })
	if i < len(block) && block[i].Pos() <= pos {
		return block[i]
	}
	return nil
}

// armAt returns the block nested in st (an arm of an if, a loop's body,
// a try's handler) that holds pos, or nil when pos is in st's test or
// header.
func armAt(st ast.Stmt, pos token.Pos) []ast.Stmt {
	var arm []ast.Stmt
	ast.EachBlock(st, func(b []ast.Stmt) {
		if arm == nil && holds(b, pos) {
			arm = b
		}
	})
	return arm
}

// holds reports whether block spans pos.
func holds(block []ast.Stmt, pos token.Pos) bool {
	return len(block) > 0 && block[0].Pos() <= pos && pos < block[len(block)-1].End()
}

// dominates reports whether the statement at position a of body runs
// before position b whenever b runs: it is earlier in the block that
// holds b, or in a block around that one.
func dominates(body []ast.Stmt, a, b token.Pos) bool { return dominatesUnless(body, a, b, nil) }

// dominatesUnless is dominates, and also holds for a in an `if not
// flag:` with no `flag = True` of its own, before b, when flagSetAfter
// says that every statement that sets the flag true runs after a
// statement that does what a does: with the flag set, that one has run;
// without it, a runs.
func dominatesUnless(body []ast.Stmt, a, b token.Pos, flagSetAfter func(flag string) bool) bool {
	for a < b {
		st := stmtAt(body, a)
		if st == nil {
			return false
		}
		if !(st.Pos() <= b && b < st.End()) {
			// The statement itself, not one inside it; or one an `if not
			// started:` runs before it sets the flag, so that the flag
			// is set only once it ran.
			return st.Pos() == a || firstRunOnly(st, a, flagSetAfter)
		}
		armA, armB := armAt(st, a), armAt(st, b)
		if armA == nil || armB == nil || &armA[0] != &armB[0] {
			return false
		}
		body = armA
	}
	return false
}

// firstRunOnly reports whether a is a statement of the top level of st,
// an `if not flag:` with no else, before the `flag = True` of that top
// level: by the time the code after st runs, with the flag set or not
// yet, the statement at a has run (in a loop, on the first pass).
func firstRunOnly(st ast.Stmt, a token.Pos, flagSetAfter func(flag string) bool) bool {
	n, ok := st.(*ast.If)
	if !ok || len(n.Orelse) > 0 {
		return false
	}
	not, ok := n.Test.(*ast.UnaryOp)
	if !ok || not.Op != ast.Not {
		return false
	}
	flag, ok := not.Operand.(*ast.Name)
	if !ok {
		return false
	}
	seen := false
	for _, s := range n.Body {
		if s.Pos() == a {
			seen = true
		}
		if seen && setsTrue(s, flag.Id) {
			return true
		}
	}
	return seen && flagSetAfter != nil && flagSetAfter(flag.Id)
}

// setsTrue reports whether st is `flag = True`.
func setsTrue(st ast.Stmt, flag string) bool {
	as, ok := st.(*ast.Assign)
	if !ok || len(as.Targets) != 1 {
		return false
	}
	t, ok := as.Targets[0].(*ast.Name)
	c, isConst := as.Value.(*ast.Constant)
	return ok && t.Id == flag && isConst && c.Value == true
}

// exclusive reports whether positions a and b of body are in different
// arms of one if or match statement, outside any loop: one runs, never
// both (in a loop, a later pass may run the other arm).
func exclusive(body []ast.Stmt, a, b token.Pos) bool {
	for {
		st := stmtAt(body, a)
		if st == nil || !(st.Pos() <= b && b < st.End()) {
			return false // not in one statement: the earlier runs first
		}
		armA, armB := armAt(st, a), armAt(st, b)
		switch {
		case armA == nil || armB == nil:
			return false // one in a test or a header: it runs
		case &armA[0] != &armB[0]:
			switch st.(type) {
			case *ast.If, *ast.Match:
				return true
			}
			return false
		}
		switch st.(type) {
		case *ast.For, *ast.AsyncFor, *ast.While:
			return false // both in the loop: a later pass runs the other
		}
		body = armA
	}
}
