from .db import fetch_setting

_settings = {}


def setting(name):
    if name not in _settings:
        _settings[name] = fetch_setting(name)  # want: CT201
    return _settings[name]
