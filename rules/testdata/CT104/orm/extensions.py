from flask_sqlalchemy import SQLAlchemy as FlaskSQLAlchemy

db = FlaskSQLAlchemy()
