# fix: safe
def lookup(key, table={}):
    """Look key up."""
    return table.get(key)
