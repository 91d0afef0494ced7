package libraries

// FlaskSQLAlchemy is Flask-SQLAlchemy. An instance of its SQLAlchemy class
// (`db = SQLAlchemy()`) offers the names of sqlalchemy and
// sqlalchemy.orm as attributes: db.Column, db.relationship. Listed here
// are SQLAlchemy's relationship functions and backref, which the
// extension wraps only to give them its query class as a default; no
// rule asks about the others yet.
func FlaskSQLAlchemy() Library {
	var attrs []InstanceAttr
	// The class is flask_sqlalchemy.extension.SQLAlchemy since 3.0,
	// imported from the package as before.
	for _, class := range []string{"flask_sqlalchemy.SQLAlchemy", "flask_sqlalchemy.extension.SQLAlchemy"} {
		for _, name := range append(SQLAlchemy().Relationships, "sqlalchemy.orm.backref") {
			attrs = append(attrs, InstanceAttr{Class: class, Attr: lastName(name), Name: name})
		}
	}
	return Library{
		Name:          "flask_sqlalchemy",
		InstanceAttrs: attrs,
		// db.select(User), SQLAlchemy's select through the instance.
		QueryBuilders: []string{"flask_sqlalchemy.SQLAlchemy.select", "flask_sqlalchemy.extension.SQLAlchemy.select"},
	}
}
