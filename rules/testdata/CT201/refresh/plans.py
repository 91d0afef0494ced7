from .models import Plan

_plans = None
_rates = None


def load_plans():
    # The job runs it again, but it fills only once.
    global _plans
    if _plans is None:
        _plans = list(Plan.objects.all())  # want: CT201


def reload_rates():
    # A request replaces it: in the one process that serves it.
    global _rates
    _rates = list(Plan.objects.values("rate"))  # want: CT201


def get_plans():
    return (_plans or []) + (_rates or [])
