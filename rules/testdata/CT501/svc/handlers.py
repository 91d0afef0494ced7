from .ctx import _local, context_local, current_user, set_user, store


async def handle(request):
    _local.request = request  # want: CT501
    store.user = request.user  # want: CT501
    context_local.request = request  # context-local: one value per task
    current_user.set(request.user)  # the fix
    return _local.request


def sync_view(request):
    _local.request = request  # a thread per request: fine
    return request


async def login(request):
    set_user(request.user)
    return None


def remember(request):
    _local.last = request  # want: CT501


class View:
    async def get(self, request):
        self._bind(request)
        remember(request)

    def _bind(self, request):
        store.request = request  # want: CT501


async def peek():
    return _local.loop  # want-strict: CT501
