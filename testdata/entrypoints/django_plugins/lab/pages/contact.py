def contact(request):  # entry: django-view
    return None
