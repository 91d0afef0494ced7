package libraries

// HealthCheck is django-health-check: the view builds each backend the
// registry holds and runs its check for every probe of the health URL.
func HealthCheck() Library {
	return Library{
		Name:       "health_check",
		ProbeKinds: []string{"health-check"},
		EntryClasses: classesOf("health-check", false, []string{"__init__", "check_status", "run_check"},
			"health_check.backends.BaseHealthCheckBackend"),
	}
}
