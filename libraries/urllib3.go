package libraries

// URLLib3 is urllib3: a PoolManager (and a ProxyManager) holds a pool
// of connections per host, meant to be built once and shared.
func URLLib3() Library {
	return Library{
		Name: "urllib3",
		ClientFactories: []string{"urllib3.PoolManager", "urllib3.poolmanager.PoolManager",
			"urllib3.ProxyManager", "urllib3.poolmanager.ProxyManager"},
	}
}
