package libraries

// UUIDUtils is uuid-utils, a faster drop-in for the standard library's
// uuid: its ids are each call's own too.
func UUIDUtils() Library {
	return Library{
		Name:        "uuid_utils",
		FreshValues: []string{"uuid_utils.uuid1", "uuid_utils.uuid4", "uuid_utils.uuid6", "uuid_utils.uuid7"},
	}
}
