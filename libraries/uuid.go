package libraries

// UUID is the standard library's uuid: random and time-based ids, each
// call's its own.
func UUID() Library {
	return Library{
		Name:        "uuid",
		FreshValues: []string{"uuid.uuid1", "uuid.uuid4", "uuid.uuid7"},
	}
}
