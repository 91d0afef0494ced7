package libraries

// Redis is redis-py: a client holds a connection pool.
func Redis() Library {
	return Library{
		Name: "redis",
		// Atomic increments in the store.
		AtomicMethods: []string{"incr", "incrby", "incrbyfloat", "decr", "decrby", "hincrby", "hincrbyfloat"},
		ClientFactories: []string{"redis.Redis", "redis.StrictRedis", "redis.from_url", "redis.Redis.from_url",
			"redis.asyncio.Redis", "redis.asyncio.from_url", "redis.asyncio.Redis.from_url", "redis.asyncio.client.Redis",
			"redis.client.Redis", "redis.ConnectionPool",
			"redis.connection.ConnectionPool", "redis.asyncio.ConnectionPool", "redis.asyncio.connection.ConnectionPool",
			"redis.asyncio.BlockingConnectionPool", "redis.asyncio.connection.BlockingConnectionPool"},
		// A pool's connections are closed by disconnect() (aclose() of
		// an asyncio client closes the pool it was made from, with
		// Redis.from_pool).
		Closes:     []string{"disconnect"},
		PoolOwners: []string{"redis.asyncio.Redis.from_pool", "redis.asyncio.client.Redis.from_pool", "redis.Redis.from_pool", "redis.client.Redis.from_pool"},
		// pymongo's MongoClient takes the same.
		Credentials: []string{"username", "password"},
	}
}
