package libraries

// Mongoengine is mongoengine's documents: Document.objects reads the
// collection (Django's QueryManagers name), reload() reads the document
// again.
func Mongoengine() Library {
	return Library{
		Name:    "mongoengine",
		Reloads: []string{"reload"},
		Refreshes: []Refresh{{Base: "mongoengine.Document", Method: "reload"},
			{Base: "mongoengine.document.Document", Method: "reload"},
			{Base: "mongoengine.DynamicDocument", Method: "reload"}},
	}
}
