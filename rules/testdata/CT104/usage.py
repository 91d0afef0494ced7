# A default that the function only reads leaves nothing for the next
# call: default mode reports only the defaults a call can change or let
# escape (mutated, returned, stored, passed on).
import heapq
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


def passed_to_a_call(options={}):  # want-strict: CT104
    json.dump(options, None)  # not known to change it


def nested_in_a_request_body(client, types=["Unusual"]):  # want-strict: CT104
    # Two displays deep in what an SDK call is given: only read.
    client.batch_import_findings(Findings=[{"Types": types, "Title": "x"}])


def passed_to_a_helper_that_changes_it(options={}):  # want: CT104
    fill(options, "a")


def passed_to_a_helper_that_reads_it(options={}):  # want-strict: CT104
    peek(options, key="a")


def passed_by_keyword_to_a_helper_that_changes_it(options={}):  # want: CT104
    fill(key="a", opts=options)


def passed_to_a_heap(queue=[]):  # want: CT104
    heapq.heappush(queue, 1)


def fill(opts, key):
    opts[key] = True


def peek(opts, key):
    return opts.get(key)


class Form:
    # Kept in a private attribute that no method of Form changes: Low.
    def __init__(self, initial={}):  # want-strict: CT104
        self._initial = initial

    def render(self, attrs={}):  # want-strict: CT104
        return " ".join(f"{k}={v}" for k, v in attrs.items())


def joined(names=[]):  # want-strict: CT104
    print(names)
    return ", ".join(names) + f"{names}"


def handed_to_a_method_of_a_name(names=[]):  # want-strict: CT104
    return sep.join(names)  # sep may be anything: not known to change it


class Service:
    def list(self, sorting=["-created"]):  # want-strict: CT104
        return self.fetch(query={"sorting": sorting})

    def page(self, sorting=["-created"]):  # want-strict: CT104
        return self.list(sorting=sorting)

    def sort(self, keys=[]):  # want: CT104
        self.normalise(keys)

    def fetch(self, query):
        return query

    def normalise(self, keys):
        keys.sort()


def parse(argv=[]):  # want-strict: CT104
    return run(argv or DEFAULT_ARGV)


def first_or_default(items=[]):  # want: CT104
    return DEFAULT_ITEMS or items


def rebound(search=[]):  # want-strict: CT104
    search = search or []
    search.append(1)
    return search


def starred(items=[]):  # want-strict: CT104
    return [*items, 1]


# **options copies the items out, into a new dict: the default is read.
def double_starred_call(token, options={}):  # want-strict: CT104
    return dict(require=["exp"], **options)


def double_starred_display(token, options={}):  # want-strict: CT104
    return {"verify": True, **options}


def double_starred_keeps_its_value(token, options={}):  # want: CT104
    return {"verify": True, "options": options}


def walk(node, seen=[]):  # want-strict: CT104
    if node in seen:
        return
    for child in node:
        walk(child, seen)


def aliased_then_changed(items=[]):  # want: CT104
    items = items
    items.append(1)


class Cart:
    # Kept on self, and add changes self.items: the next Cart() made
    # without items starts with the last one's.
    def __init__(self, items=[]):  # want: CT104
        self.items = items

    def add(self, item):
        self.items.append(item)


class ChangeContext:
    # A public attribute: a signal handler elsewhere does
    # ctx.pre_object_data.setdefault(pk, data), unseen from this class.
    def __init__(self, pre_object_data={}):  # want: CT104
        self.pre_object_data = pre_object_data


def truth_guarded(include=[]):  # want-strict: CT104
    include = include if len(include) != 0 else DEFAULT_ITEMS
    return include


def not_truth_guarded(include=[]):  # want: CT104
    chosen = include if FLAG else DEFAULT_ITEMS
    return chosen


# A list never takes the arm for other kinds: allowed = [allowed] wraps
# what is not one, and count_sql hands clause a list.
def clause(field, allowed=[]):  # want-strict: CT104
    if not isinstance(allowed, (list, tuple, set)) or isinstance(allowed, str):
        if not allowed:
            allowed = []
        else:
            allowed = [allowed]
    return " OR ".join(f"{field} = {v}" for v in list(allowed))


def count_sql(sectors=[]):  # want-strict: CT104
    return "SELECT 1 WHERE " + clause("s", allowed=sectors)
