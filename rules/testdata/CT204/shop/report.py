from .scans import current_target


def describe():
    return current_target

