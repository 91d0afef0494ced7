from ariadne import MutationType, ObjectType, QueryType, ScalarType, convert_kwargs_to_snake_case
from ariadne.contrib.federation import FederatedObjectType

query = QueryType()
mutation = MutationType()
permit = ObjectType("Permit")
datetime_scalar = ScalarType("Datetime")
customer = FederatedObjectType("Customer")


@query.field("permits")
@convert_kwargs_to_snake_case
def resolve_permits(obj, info, page_input):  # entry: graphql-resolver
    return []


@mutation.field("createPermit")
def resolve_create_permit(obj, info, permit):  # entry: graphql-resolver
    return permit


@permit.field("price")
def resolve_price(permit, info):  # entry: graphql-resolver
    return permit.price


def resolve_zone(permit, info):  # entry: graphql-resolver
    return permit.zone


permit.set_field("zone", resolve_zone)


@datetime_scalar.serializer
def serialize_datetime(value):  # entry: graphql-resolver
    return value.isoformat()


@customer.reference_resolver
def resolve_customer_reference(_, info, representation):  # entry: graphql-resolver
    return representation


def format_price(value):
    return str(value)
