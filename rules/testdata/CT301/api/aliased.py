# A factory imported under another name is the factory.
from fastapi import FastAPI
from requests import Session as request_session
from requests.adapters import HTTPAdapter

app = FastAPI()


def _get_session():
    # Its one caller sends one request on it: no worse than requests.post.
    session = request_session()  # want-strict: CT301
    session.mount("https://", HTTPAdapter(max_retries=3))
    return session


@app.post("/send")
def send(form: str):
    return _get_session().post("https://messages", data=form)


import requests


def _list_locations(url):
    # requests.session() is the library's own name for Session(), here
    # for the pages of a listing.
    session = requests.session()  # want: CT301
    found = []
    while url:
        page = session.get(url).json()
        found += page["objects"]
        url = page.get("next")
    return found


def _one_location(url):
    # Built for the one request sent on it: a call spelt out.
    session = requests.session()  # want-strict: CT301
    return session.get(url).json()


@app.get("/locations")
def locations():
    return _list_locations("https://storage/locations"), _one_location("https://storage/default")
