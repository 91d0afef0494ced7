# A default that the function only reads leaves nothing for the next
# call: default mode reports only the defaults a call can change or let
# escape (mutated, returned, stored, passed on).
import json

REGISTRY = []


def lookup(key, table={}):  # want-strict: CT104
    return table.get(key)


def member(key, allowed=set()):  # want-strict: CT104
    return key in allowed


def total(items=[]):  # want-strict: CT104
    count = 0
    for item in items:
        count += len(item)
    return count + len(items)


def first(items=[]):  # want-strict: CT104
    return items[0] if items else None


def mutated(item, bucket=[]):  # want: CT104
    bucket.append(item)


def item_assigned(key, cache={}):  # want: CT104
    cache[key] = True


def escapes_by_return(extra={}):  # want: CT104
    return extra


def stored_on_self(self, tags=[]):  # want: CT104
    self.tags = tags


def stored_in_a_global(hooks=[]):  # want: CT104
    REGISTRY.append(hooks)


def passed_to_a_call(options={}):  # want: CT104
    json.dump(options, None)


class Form:
    def __init__(self, initial={}):  # want: CT104
        self.initial = initial

    def render(self, attrs={}):  # want-strict: CT104
        return " ".join(f"{k}={v}" for k, v in attrs.items())


def joined(names=[]):  # want-strict: CT104
    print(names)
    return ", ".join(names) + f"{names}"


def handed_to_a_method_of_a_name(names=[]):  # want: CT104
    return sep.join(names)  # sep may be anything: not known to only read
