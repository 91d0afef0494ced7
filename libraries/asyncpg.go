package libraries

// Asyncpg is asyncpg: a pool holds the connections.
func Asyncpg() Library {
	return Library{
		Name:            "asyncpg",
		ClientFactories: []string{"asyncpg.create_pool", "asyncpg.pool.create_pool"},
	}
}
