def old_home(request):  # entry: django-view
    return None
