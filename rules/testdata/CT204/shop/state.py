# Module state that the request code below changes.
import threading

CARTS = {}
RECENT = []
SEEN = set()
COUNTS = {}
MEMO = {}
SPECS = {}
OBJECTS = {}
LOCKED = {}
KINDS = []
HANDLERS = {}
_lock = threading.Lock()
_client = None
CURRENT_USER = None
PAGE_SIZE = 10


class Tracker:
    def __init__(self):
        self.items = []


tracker = Tracker()

import weakref

PATTERNS = {}
VERSIONS = {}
_template_cache = {}
LISTENERS = weakref.WeakKeyDictionary()
TASKS = set()
ENGINES = {}
FAILURES = {}
STORAGES = {}
