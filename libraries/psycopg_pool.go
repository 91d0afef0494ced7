package libraries

// PsycopgPool is psycopg 3's connection pools.
func PsycopgPool() Library {
	return Library{
		Name:            "psycopg_pool",
		ClientFactories: []string{"psycopg_pool.ConnectionPool", "psycopg_pool.AsyncConnectionPool"},
	}
}
