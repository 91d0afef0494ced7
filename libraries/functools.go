package libraries

// Functools is the standard library's functools.
func Functools() Library {
	return Library{
		Name:               "functools",
		CacheDecorators:    []string{"functools.lru_cache", "functools.cache"},
		BoundedCaches:      []string{"functools.lru_cache"},
		UnboundedCaches:    []string{"functools.cache"},
		PropertyDecorators: []string{"functools.cached_property"},
		InstanceCaches:     []string{"functools.cached_property"},
		// partial(f, ...) runs f.
		EntryWrappers: []string{"functools.partial"},
		// @wraps(fn) on the wrapper a decorator returns.
		WrapsDecorators: []string{"functools.wraps"},
	}
}
