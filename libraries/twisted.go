package libraries

// Twisted is Twisted's web server and reactor. A resource is one object
// in the tree a Site serves (putChild): the reactor calls its render
// methods for every request routed to it. A LoopingCall runs its
// function at every interval, on the reactor, as a scheduler runs a job.
func Twisted() Library {
	l := Library{Name: "twisted", SharedKinds: []string{"twisted-resource"}, TaskKinds: []string{"twisted-looping-call"}}
	l.EntryClasses = classesOf("twisted-resource", false, []string{"render", "render_*", "getChild"},
		"twisted.web.resource.Resource")
	l.EntryCalls = []EntryCall{{Func: "twisted.internet.task.LoopingCall", Arg: 0, Keyword: "f", Kind: "twisted-looping-call"}}
	return l
}
