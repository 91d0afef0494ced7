package libraries

// SQLModel is SQLModel, SQLAlchemy's models declared as pydantic's: its
// select(Hero) is SQLAlchemy's, run by its session's exec.
func SQLModel() Library {
	return Library{
		Name:          "sqlmodel",
		QueryBuilders: []string{"sqlmodel.select", "sqlmodel.sql.expression.select"},
		QueryRunners:  []string{"exec"},
		// SQLAlchemy's, re-exported (in its first releases, its own
		// engine.create module's).
		ClientFactories: []string{"sqlmodel.create_engine", "sqlmodel.engine.create.create_engine"},
	}
}
