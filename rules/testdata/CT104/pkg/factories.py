def make_list():
    return []


def relative_default(x=dict()):  # want: CT104
    return x
