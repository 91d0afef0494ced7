from .models import Plan, Schema

_schemas = None
_checksum = None


def sync_schemas():
    # Each run of the job in each process replaces the whole value.
    global _schemas, _checksum
    checksum = Schema.objects.latest("updated").updated
    if checksum == _checksum:
        return
    _schemas = list(Schema.objects.all())
    _checksum = checksum


def get_schemas():
    return _schemas
