from django.core.cache import cache, caches

MENU_KEY = "menu"


def menu():
    items = cache.get(MENU_KEY)
    if items is None:
        items = ["home"]
        cache.set(MENU_KEY, items)
    return items


def menu_changed(**kwargs):
    # The default cache is each worker's LocMemCache: the other workers
    # keep their menu.
    cache.delete(MENU_KEY)  # want: CT201
    caches["default"].delete_many([MENU_KEY, "footer"])  # want: CT201


def shared_changed():
    caches["shared"].delete(MENU_KEY)  # Redis: every process sees it


def sessions_changed():
    caches["sessions"].delete(MENU_KEY)  # bound in an arm the model cannot pick


def local_names():
    cache = {}
    cache.clear()  # a dict of the def
    return cache


def rebuild_once():
    # The lock's release: CT203 reports the lock, not this.
    if not cache.add("rebuild-lock", 1):
        return
    try:
        menu()
    finally:
        cache.delete("rebuild-lock")
