from .sync import push


def checkout(request):
    return push(request)
