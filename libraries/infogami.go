package libraries

import "slices"

// Infogami is Open Library's wiki framework over web.py: a subclass of
// its page, mode or view classes registers itself (a metaclass, by its
// `path`), and web.py builds one per request and calls the method of
// the request's verb on it.
func Infogami() Library {
	verbs := []string{"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"}
	return Library{
		Name: "infogami",
		EntryClasses: slices.Concat(
			classesOf("infogami-page", false, verbs,
				"infogami.utils.delegate.page", "infogami.utils.delegate.mode", "infogami.utils.delegate.view",
				"infogami.utils.app.page", "infogami.utils.app.view", "infogami.utils.app.subview")),
	}
}
