def home(request):  # entry: django-view
    return None
