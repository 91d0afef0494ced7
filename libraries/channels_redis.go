package libraries

// ChannelsRedis is Django Channels' Redis channel layer, whose
// create_pool builds a redis.asyncio connection pool.
func ChannelsRedis() Library {
	return Library{
		Name:             "channels_redis",
		ClientFactories:  []string{"channels_redis.utils.create_pool"},
		LoopBoundClients: []string{"channels_redis.utils.create_pool"},
	}
}
