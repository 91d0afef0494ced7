def vote(request):  # entry: django-view
    return None


def answer(request):  # entry: django-view
    return None


def not_a_view(request):
    return None
