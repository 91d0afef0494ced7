# fix: none
def collect(item, into: list = []):
    into.append(item)
    return into
