# CT101 on a class defined in a function body: Low, only under strict.


def make_counter():
    class Counter:
        total = 0

        def add(self, n):
            type(self).total = n  # want-strict: CT101

    return Counter


class DynamicForm:
    # Its classmethod is called only on subclasses that a function makes
    # at each call: each call's fields go on its own class.
    @classmethod
    def attach(cls, name, field):
        setattr(cls, name, field)  # want-strict: CT101


def build_form(fields):
    class _Form(DynamicForm):
        pass

    for name, field in fields.items():
        _Form.attach(name, field)
    return _Form


class SharedForm:
    @classmethod
    def attach(cls, name, field):
        setattr(cls, name, field)  # want: CT101


def build_shared(fields):
    class _Shared(SharedForm):
        pass

    for name, field in fields.items():
        _Shared.attach(name, field)
        SharedForm.attach(name, field)
