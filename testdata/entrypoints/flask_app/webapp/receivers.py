from . import events
from .events.users import logged_in


@events.users.merged.connect
def _merge_notes(target, source, **kwargs):  # entry: blinker-signal
    return target


def _track_login(user, **kwargs):  # entry: blinker-signal
    return user


logged_in.connect(_track_login)
