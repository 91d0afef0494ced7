package libraries

// SQLAlchemy is SQLAlchemy, and Flask-SQLAlchemy's Model.query.
func SQLAlchemy() Library {
	return Library{
		Name:          "sqlalchemy",
		QueryManagers: []string{"query"},
		// With Django's get and first; Flask-SQLAlchemy's Model.query adds
		// the *_or_404 forms.
		// And a result's: session.execute(select(User)).scalar_one().
		RowMethods: []string{"one", "one_or_none", "get_or_404", "first_or_404", "one_or_404",
			"scalar_one", "scalar_one_or_none", "scalar"},
		QueryBuilders: []string{"sqlalchemy.select", "sqlalchemy.sql.select", "sqlalchemy.sql.expression.select",
			"sqlalchemy.future.select"},
		// Flask-SQLAlchemy's db.get_or_404(User, pk) and
		// db.one_or_404(select(User)) too.
		QueryRunners: []string{"execute", "scalars", "scalar", "get", "get_one", "query",
			"get_or_404", "one_or_404", "first_or_404"},
		Commits: []string{"commit", "flush"},
		// query.filter(...).update({"n": obj.n}) is Django's Updates'
		// update, by name.
		Reloads: []string{"refresh"},
		// An upsert that updates on conflict (PostgreSQL's and SQLite's
		// on_conflict_do_update, MySQL's on_duplicate_key_update) locks
		// the row it meets until the transaction ends, as with_for_update
		// does; on_conflict_do_nothing locks nothing.
		AtomicMethods: []string{"with_for_update", "on_conflict_do_update", "on_duplicate_key_update"},
		RowLocks:      []string{"with_for_update", "on_conflict_do_update", "on_duplicate_key_update"},
		// dynamic_loader is relationship(lazy="dynamic"): assigning to
		// it also copies the items, into the ORM's pending changes.
		Relationships: []string{"sqlalchemy.orm.relationship", "sqlalchemy.orm.relation", "sqlalchemy.orm.dynamic_loader"},
		// session.execute(...), session.scalars(...), conn.execute(...),
		// cursor.fetchall(): the DB-API's and SQLAlchemy's reads, on a
		// receiver named as a session, a connection or a cursor.
		QueryMethods: []string{"execute", "scalars", "scalar", "scalar_one", "get", "query",
			"fetchone", "fetchall", "fetchmany", "exec"},
		QueryReceivers: []string{"session", "db", "conn", "connection", "cursor", "engine"},
		// `with Session.begin() as session:` commits at its exit.
		ExitCommits: []string{"begin"},
		// SQLite's pragmas, PostgreSQL's and MySQL's SHOW, the server's
		// version, by the DB-API or through text(): read of the
		// connection or the server, not of the data.
		MetadataQueries: []string{"pragma ", "show ", "select version()", "select sqlite_version()",
			"select @@", "select current_setting(", "select current_database()", "select current_schema"},
		ClientFactories: []string{"sqlalchemy.create_engine", "sqlalchemy.engine.create_engine",
			"sqlalchemy.ext.asyncio.create_async_engine", "sqlalchemy.orm.sessionmaker",
			"sqlalchemy.orm.scoped_session", "sqlalchemy.ext.asyncio.async_sessionmaker"},
		SessionFactories: []string{"sqlalchemy.orm.sessionmaker", "sqlalchemy.orm.scoped_session", "sqlalchemy.ext.asyncio.async_sessionmaker"},
		// An engine with NullPool opens a connection for each checkout
		// and closes it after: nothing of one event loop is kept for the
		// next.
		PoolFree: map[string][]string{"sqlalchemy.ext.asyncio.create_async_engine": {
			"poolclass=sqlalchemy.pool.NullPool", "poolclass=sqlalchemy.NullPool", "poolclass=sqlalchemy.pool.impl.NullPool"}},
		// An engine's pool is closed by dispose().
		Closes: []string{"dispose"},
		// A scoped_session holds one session per thread, or per what its
		// scopefunc returns: remove() and the session it hands out are
		// the caller's thread's.
		ContextLocals: []string{"sqlalchemy.orm.scoped_session", "sqlalchemy.orm.scoping.scoped_session",
			"sqlalchemy.ext.asyncio.async_scoped_session", "sqlalchemy.ext.asyncio.scoping.async_scoped_session"},
	}
}
