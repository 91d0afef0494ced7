package semantic

import "testing"

func TestAdminNameReadsWordsNotLetters(t *testing.T) {
	for name, want := range map[string]bool{
		"IsAdminUser":                  true,
		"get_current_active_superuser": true,
		"FULL_ADMIN_PANEL_ACCESS":      true,
		"admin_router":                 true,
		"staff_member_required":        true,
		"HTTPAdminAuth":                true,
		"administration":               true,
		"IsAdminOrReadOnly":            false, // readers too
		"is_owner_or_admin":            false,
		"NotStaff":                     false,
		"badminton":                    false,
		"get_current_user":             false,
		"MANAGE_LLMS":                  false,
	} {
		if got := adminName(name); got != want {
			t.Errorf("adminName(%q) = %v, want %v (words %q)", name, got, want, nameWords(name))
		}
	}
	for path, want := range map[string]bool{
		"/admin/query-history/download": true,
		"/manage/admin":                 true,
		"/users/{admin_id}":             false, // a parameter, not a place
		"/_admin_status":                false, // a page about them
		"/api/v1/admins/":               true,
		"/badminton/scores":             false,
		"admin":                         false, // no path
	} {
		if got := adminPath(path); got != want {
			t.Errorf("adminPath(%q) = %v, want %v", path, got, want)
		}
	}
}
