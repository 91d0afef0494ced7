# Lambdas wherever an expression may stand.


def takes_callback(cb=lambda seen=[]: seen):  # want: CT104
    return cb


def decorate(f):
    return f


@decorate(lambda seen={}: seen)  # want: CT104
def decorated():
    pass


class Handlers:
    on_event = staticmethod(lambda event, log=[]: log)  # want: CT104

    def method(self):
        key = lambda item, cache={}: cache  # want-strict: CT104
        return key


if (lambda flags=set(): flags)():  # want: CT104
    pass

for fn in [lambda acc=[]: acc]:  # want: CT104
    pass


def fine(cb=lambda x=None: x):
    return cb
