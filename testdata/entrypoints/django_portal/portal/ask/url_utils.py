from django.urls import re_path


def service_url(*args, **kwargs):
    # The project's own re_path: its arguments go on to Django's, the
    # pattern changed first.
    new_args = list(args)
    new_args[0] = "service/" + new_args[0]
    return re_path(*new_args, **kwargs)


def named_url(prefix, *args, **kwargs):
    return re_path(prefix + args[0], *args[1:], **kwargs)
