class Database:
    session = None


db = Database()
