# A helper that returns a new session, with retries mounted: what its
# callers do with it decides. Each caller here sends one request on it,
# as requests.get would; the other helper's caller sends two, on a pool
# of its own that nothing keeps.
import requests
from requests.adapters import HTTPAdapter


def datasette_http():
    http = requests.Session()  # want-strict: CT301
    http.mount("https://", HTTPAdapter(max_retries=3))
    return http


def crawler_http():
    http = requests.Session()  # want: CT301
    http.mount("https://", HTTPAdapter(max_retries=3))
    return http
