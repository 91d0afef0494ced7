package libraries

// Healthcheck is py-healthcheck: the checks added to a HealthCheck run
// each time its run() is called, which a health route does for every
// probe.
func Healthcheck() Library {
	l := Library{Name: "healthcheck", ProbeKinds: []string{"healthcheck"}}
	for _, fn := range []string{"healthcheck.HealthCheck", "healthcheck.healthcheck.HealthCheck"} {
		l.EntryCalls = append(l.EntryCalls, EntryCall{Func: fn, Method: "add_check", Arg: 0, Keyword: "func", Kind: "healthcheck"})
	}
	return l
}
