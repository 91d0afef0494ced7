# A dict of what this process made itself, read back from the same dict
# by a name that has "session" in it: no data another process writes.
from .models import Flag

_session_id_map = {}
_flags_by_session = {}


def sandbox_for(key, create):
    sandbox_id = _session_id_map.get(key)
    sandbox = create(sandbox_id)
    _session_id_map[key] = sandbox.sandbox_id
    return sandbox


def flag_for(db_session, key):
    if key not in _flags_by_session:
        _flags_by_session[key] = db_session.get(Flag, key)  # want-strict: CT201 (a session's load; no request calls it)
    return _flags_by_session[key]
