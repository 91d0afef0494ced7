# A lazy initialisation its module's callers guard by a flag it sets; a
# start-up script of another module calls it too, once.
_levels = {}
_capped = False


def cap_levels(level):
    global _capped
    _capped = True  # want-strict: CT204 (a constant)
    _levels["third_party"] = level  # want-strict: CT204 (its module's calls check the flag; the other's is start-up)


def setup(level):
    if not _capped:
        cap_levels(level)
