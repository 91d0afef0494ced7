package semantic

import (
	"slices"
	"strings"

	"github.com/crosstalk-dev/crosstalk/python/ast"
)

// adminWords are the words of a name that say only a site's
// administrators may run what it guards: a word of the name starts
// with one ("IsAdminUser", "get_current_active_superuser",
// "FULL_ADMIN_PANEL_ACCESS"; not "badminton").
var adminWords = []string{"admin", "staff", "superuser", "sysadmin"}

// otherRoleWords join another role to the administrators in a name
// (`IsAdminOrReadOnly`, `is_owner_or_admin`, `NotStaff`): others run it too.
var otherRoleWords = []string{"or", "not", "non"}

// adminName reports whether s, an identifier or a segment of a URL's
// path, names the site's administrators alone.
func adminName(s string) bool {
	if !containsFold(s, "admin") && !containsFold(s, "staff") && !containsFold(s, "superuser") {
		return false // most names: no word to split for
	}
	admin := false
	for _, w := range nameWords(s) {
		for _, o := range otherRoleWords {
			if w == o {
				return false
			}
		}
		for _, a := range adminWords {
			if strings.HasPrefix(w, a) {
				admin = true
			}
		}
	}
	return admin
}

// nameWords splits s into its lower-cased words: at `_`, `-`, `.` and
// the other punctuation, and where a lower-case letter or digit is
// followed by an upper-case one (`IsAdminUser`), or an upper-case run by
// a word (`HTTPAdmin`).
func nameWords(s string) []string {
	var words []string
	start := -1
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	lower := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
	for i := 0; i <= len(s); i++ {
		if i == len(s) || !upper(s[i]) && !lower(s[i]) {
			if start >= 0 {
				words = append(words, strings.ToLower(s[start:i]))
				start = -1
			}
			continue
		}
		if start >= 0 && upper(s[i]) && (lower(s[i-1]) || i+1 < len(s) && lower(s[i+1]) && upper(s[i-1])) {
			words = append(words, strings.ToLower(s[start:i]))
			start = i
		}
		if start < 0 {
			start = i
		}
	}
	return words
}

// containsFold reports whether s holds sub, an ASCII lower-case word, in
// any case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// adminPath reports whether s, a route's path ("/admin/export"), has a
// segment that is one word naming the site's administrators alone:
// their part of the site, not a page about them for everyone
// (`/_admin_status`, a load balancer's probe). A string that is no
// path (no `/` in it) says nothing.
func adminPath(s string) bool {
	if !strings.Contains(s, "/") {
		return false
	}
	for seg := range strings.SplitSeq(s, "/") {
		if w := nameWords(seg); len(w) == 1 && seg[0] != '{' && seg[0] != '<' && adminName(w[0]) {
			return true
		}
	}
	return false
}

// adminGuarded reports whether a name in the arguments of call, a
// decorator's call, or a path it is given, lets only the site's
// administrators run what it decorates: `@router.get("/admin/export")`,
// `dependencies=[Depends(get_current_active_superuser)]`,
// `@user_passes_test(lambda u: u.is_superuser)`,
// `@permission_classes([IsAdminUser])`.
func adminGuarded(call *ast.Call) bool {
	if len(call.Args) > 0 {
		if s, ok := StringConstant(call.Args[0]); ok && adminPath(s) {
			return true
		}
	}
	return argumentsNameAdmin(call)
}

// argumentsNameAdmin reports whether a name in an argument of call
// names the site's administrators alone (namesAdmin).
func argumentsNameAdmin(call *ast.Call) bool {
	return slices.ContainsFunc(call.Args, namesAdmin) ||
		slices.ContainsFunc(call.Keywords, func(k *ast.Keyword) bool { return namesAdmin(k.Value) })
}

// adminParams reports whether a call in a parameter's default or
// annotation names the site's administrators alone (FastAPI's
// `_: User = Depends(current_admin_user)`, `Annotated[User,
// Depends(get_current_superuser)]`): its callers' dependency lets only
// them run the def.
func adminParams(args *ast.Arguments) bool {
	guarded := false
	check := func(e ast.Expr) {
		if e == nil || guarded {
			return
		}
		ast.Inspect(e, func(n ast.Node) bool {
			if c, ok := n.(*ast.Call); ok && !guarded {
				guarded = argumentsNameAdmin(c)
				return false
			}
			return !guarded
		})
	}
	for _, d := range args.Defaults {
		check(d)
	}
	for _, d := range args.KwDefaults {
		check(d)
	}
	eachParam(args, func(a *ast.Arg) bool {
		check(a.Annotation)
		return !guarded
	})
	return guarded
}

// namesAdmin reports whether a name or attribute in e, an expression
// (strings aside: `require_role("admin", "member")` says nothing of who
// else), names the site's administrators alone.
//
// Either side of an or (`IsAdminUser | IsAuthenticatedOrReadOnly`, DRF's
// composed permissions) lets its own in: both must name them.
func namesAdmin(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Name:
			found = found || adminName(n.Id)
		case *ast.Attribute:
			found = found || adminName(n.Attr)
		case *ast.BinOp:
			if n.Op == ast.BitOr {
				found = found || namesAdmin(n.Left) && namesAdmin(n.Right)
				return false
			}
		case *ast.BoolOp:
			if n.Op == ast.Or {
				all := true
				for _, v := range n.Values {
					all = all && namesAdmin(v)
				}
				found = found || all
				return false
			}
		}
		return !found
	})
	return found
}

// adminMixin reports whether name, a base class's, is a mixin that lets
// only the site's administrators run its class's views
// (`StaffRequiredMixin`, django-braces' `SuperuserRequiredMixin`,
// `AdminOnlyMixin`).
func adminMixin(name string) bool {
	if !adminName(name) {
		return false
	}
	for _, w := range nameWords(name) {
		if w == "required" || w == "only" {
			return true
		}
	}
	return false
}
