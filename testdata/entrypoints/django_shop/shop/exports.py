# The module imports a name, then defines a view of that name: the
# module's attribute is the view, not what was imported.
from shop.services import Cart as export


def export(request):  # entry: django-view
    return None
