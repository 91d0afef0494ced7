package libraries

// CherryPy is the CherryPy web framework: the objects mounted on its tree
// (cherrypy.tree.mount, quickstart) are built once, and their exposed
// methods serve every request on them.
func CherryPy() Library {
	return Library{
		Name:            "cherrypy",
		SharedKinds:     []string{"cherrypy-handler"},
		EntryDecorators: []EntryDecorator{{Func: "cherrypy.expose", Kind: "cherrypy-handler"}},
		// `index.exposed = True` after the def, or `exposed = True` in
		// the class body for all its public methods.
		ExposeAttrs: []ExposeAttr{{Attr: "exposed", Kind: "cherrypy-handler", Import: "cherrypy"}},
	}
}
