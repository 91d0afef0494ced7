package libraries

// Neo4j is the Neo4j driver: a driver holds a connection pool, meant to
// be built once per process. Its credentials keyword, auth, is requests'
// too.
func Neo4j() Library {
	return Library{
		Name:            "neo4j",
		ClientFactories: []string{"neo4j.GraphDatabase.driver", "neo4j.AsyncGraphDatabase.driver"},
	}
}
