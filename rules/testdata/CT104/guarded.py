# What an empty default never gets to (an if that tests its truth), and a
# default put in a local display, which is used as that local is.
from store import save


def changed_when_given(tools=[]):  # want-strict: CT104
    # An empty default is false: it never gets into the if.
    if tools:
        tools.append({"cache": True})
    return len(tools)


def changed_when_given_else(tools=[]):  # want-strict: CT104
    if not tools:
        return 0
    else:
        tools.append(1)
    return 1


def changed_when_not_none(tools=[]):  # want: CT104
    if tools is not None:
        tools.append(1)


def changed_in_a_conjunction(files=[], flag=False):  # want-strict: CT104
    if files and len(files) > 0:
        return [f.name for f in files]
    return []


def into_a_local_display(
    refs=[],  # want-strict: CT104
    results={},  # want-strict: CT104
):
    record = {"context": refs, "intent": {"results": results}}
    record["saved"] = True
    save(record)


def into_a_returned_display(refs=[]):  # want: CT104
    record = {"context": refs}
    return record


def into_a_display_then_changed(refs=[]):  # want: CT104
    record = {"context": refs}
    record["context"].append(1)


def add_ref(record, x):
    record["refs"].append(x)


def into_a_display_changed_by_a_callee(
    x,
    refs=[],  # want: CT104 (add_ref changes the display's item)
):
    record = {"refs": refs}
    add_ref(record, x)
    return None


def replaced_when_empty(filters={}):  # want-strict: CT104
    # An empty default is replaced by a new dict before anything is put in.
    if not filters:
        filters = {}
    filters["mine"] = True
    return filters


def replaced_after_use(filters={}):  # want: CT104
    filters["mine"] = True
    if not filters:
        filters = {}
    return filters
