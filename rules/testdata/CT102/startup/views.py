from .catalog import Formats


def export(request, loader):
    # A per-request caller of the same method as ready(): flagged.
    Formats.add_format(request.GET["name"], repr)
    # Receiver unknown: it may be Loaders, so load_all is not startup-only.
    loader.load_all()
    return request


def rewarm(request, config):
    config.warm()
