from graphene_sqlalchemy import SQLAlchemyObjectType
from graphene_mongo import MongoengineObjectType


class MissionOutput(SQLAlchemyObjectType):
    # An object type over a SQLAlchemy model: its resolvers run per query.
    def resolve_activities(self, info):  # entry: graphql-resolver
        return []

    def _helper(self):
        return None


class DocumentOutput(MongoengineObjectType):
    def resolve_pages(self, info):  # entry: graphql-resolver
        return []
