package libraries

// Cachetools is cachetools: memoizing decorators over its cache classes.
func Cachetools() Library {
	return Library{
		Name:           "cachetools",
		ExpiringCaches: []string{"cachetools.TTLCache", "cachetools.TLRUCache", "cachetools.func.ttl_cache"},
		CacheDecorators: []string{
			"cachetools.cached",
			"cachetools.func.lru_cache", "cachetools.func.ttl_cache", "cachetools.func.lfu_cache",
			"cachetools.func.fifo_cache", "cachetools.func.rr_cache", "cachetools.func.mru_cache",
		},
	}
}
