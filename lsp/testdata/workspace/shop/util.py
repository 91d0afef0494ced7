# Prix en €: the text before a finding is not ASCII.


def café(k, note="🙂", seen=[]):
    return k in seen, note


def tally(k, counts={}):  # noqa: E501
    counts[k] = counts.get(k, 0) + 1
    return counts


def quiet(k, seen=[]):  # noqa: CT104
    return k in seen
