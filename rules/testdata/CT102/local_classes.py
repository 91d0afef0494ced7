# A class defined in a function body is a new class on every call: its
# class-level state is shared only by the instances that call made. Low,
# so only under strict.
import functools


def make_form(fields):
    class Form:
        declared = {}

        def add(self, name):
            self.declared[name] = fields  # want-strict: CT102

    return Form


class Shared:
    seen = []


def handler(request):
    class Local:
        def record(self):
            # The shared class is module-level: still a finding.
            Shared.seen.append(request)  # want: CT102

    Local().record()
