import graphene
import strawberry


def resolve_total(root, info):  # entry: graphql-resolver
    return 0


class Query(graphene.ObjectType):
    hello = graphene.String()
    total = graphene.Int(resolver=resolve_total)
    count = graphene.Field(graphene.Int, resolver=resolve_total)

    def resolve_hello(root, info):  # entry: graphql-resolver
        return "hi"

    def helper(self):
        return None


class CreateOrder(graphene.Mutation):
    ok = graphene.Boolean()

    def mutate(root, info):  # entry: graphql-resolver
        return CreateOrder(ok=True)


def get_books():  # entry: graphql-resolver
    return []


@strawberry.type
class SQuery:
    books: list[str] = strawberry.field(resolver=get_books)

    @strawberry.field
    def greeting(self) -> str:  # entry: graphql-resolver
        return "hi"


@strawberry.type
class SMutation:
    @strawberry.mutation
    def add_book(self, title: str) -> str:  # entry: graphql-resolver
        return title


class CountableConnection(graphene.relay.Connection):
    class Meta:
        abstract = True

    total_count = graphene.Int()

    def resolve_total_count(root, info):  # entry: graphql-resolver
        return root.length


class AddBerth(graphene.ClientIDMutation):
    @classmethod
    def mutate_and_get_payload(cls, root, info, **data):  # entry: graphql-resolver
        return AddBerth()
