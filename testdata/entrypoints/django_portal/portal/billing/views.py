def pay(request):  # entry: django-view
    return None
