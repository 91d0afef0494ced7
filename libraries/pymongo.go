package libraries

// Pymongo is pymongo and motor: collection.find_one(...) reads the
// database. mongoengine's Document.objects is Django's QueryManagers
// name.
func Pymongo() Library {
	return Library{
		Name:           "pymongo",
		QueryMethods:   []string{"find_one", "find", "aggregate", "count_documents", "distinct"},
		QueryReceivers: []string{"collection", "coll", "mongo"},
		ClientFactories: []string{"pymongo.MongoClient", "pymongo.mongo_client.MongoClient",
			"motor.motor_asyncio.AsyncIOMotorClient"},
	}
}
