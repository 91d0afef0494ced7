# Module-level objects that keep an engine and a session factory over it.
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool


class Database:
    def __init__(self, url):
        self.engine = create_async_engine(url)
        self.session = async_sessionmaker(self.engine)


class Unpooled:
    def __init__(self, url):
        self.engine = create_async_engine(url, poolclass=NullPool)
        self.session = async_sessionmaker(self.engine)


database = Database("postgresql+asyncpg://db/app")
unpooled = Unpooled("postgresql+asyncpg://db/app")
