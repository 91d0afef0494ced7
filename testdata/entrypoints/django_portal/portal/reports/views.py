def monthly(request):  # entry: django-view
    return None


def yearly(request):
    return None
