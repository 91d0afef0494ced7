import signature_lib

_CERTS = {}


def _fetch(url):
    _CERTS[url] = url  # want: CT204
    return _CERTS[url]


def check_signature(body):
    # A library that calls the function it is given before it returns:
    # the request runs _fetch.
    return signature_lib.validate(body, get_certificate=_fetch)
