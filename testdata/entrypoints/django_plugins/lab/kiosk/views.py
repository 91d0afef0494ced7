def welcome(request):  # entry: django-view
    return None
