from huey.api import Huey


class TransactionalHuey(Huey):
    pass


# A placeholder under its class's annotation, replaced at start-up.
huey: TransactionalHuey = None


def init_huey(settings):
    global huey
    if huey is None:
        huey = TransactionalHuey(url=settings["url"])
    return huey
