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
func dominates(body []ast.Stmt, a, b token.Pos) bool {
	for a < b {
		st := stmtAt(body, a)
		if st == nil {
			return false
		}
		if !(st.Pos() <= b && b < st.End()) {
			return st.Pos() == a // the statement itself, not one inside it
		}
		armA, armB := armAt(st, a), armAt(st, b)
		if armA == nil || armB == nil || &armA[0] != &armB[0] {
			return false
		}
		body = armA
	}
	return false
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
