from fastapi import FastAPI

from .http_helpers import crawler_http, datasette_http

app = FastAPI()


def rows(url, params):
    http = datasette_http()
    resp = http.get(url, params=params)
    resp.raise_for_status()
    return resp.json()


def count(url):
    return datasette_http().get(url + "/count").json()


def crawl(url):
    http = crawler_http()
    first = http.get(url)
    return [first, http.get(url + "/next")]


@app.get("/rows")
def rows_view(url: str):
    crawl(url)
    return rows(url, {}), count(url)
