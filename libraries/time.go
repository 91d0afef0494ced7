package libraries

// Time is the standard library's time and datetime, with Django's
// timezone.now: the clocks.
func Time() Library {
	return Library{
		Name:  "time",
		Waits: []string{"sleep"},
		Clocks: []string{"time.time", "time.monotonic", "time.perf_counter", "time.time_ns", "time.monotonic_ns",
			"datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today",
			"django.utils.timezone.now"},
	}
}
