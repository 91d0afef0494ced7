package libraries

// Hishel is HTTP caching for httpx: its clients are httpx's, each with
// a pool of its own and a cache storage.
func Hishel() Library {
	return Library{
		Name:            "hishel",
		ClientFactories: []string{"hishel.CacheClient", "hishel.AsyncCacheClient"},
	}
}
