# A session built for the one request sent on it at once is what
# requests.get does; one kept in a local for its requests is a pool of
# its own, and so is a client whose library has no such function.
import boto3
import requests
from fastapi import FastAPI

app = FastAPI()


def events(url):
    return requests.Session().get(url=url, timeout=5)  # want-strict: CT301


def events_kept(url):
    s = requests.Session()  # want: CT301
    s.get(url)
    return s.get(url + "/more")


def bucket_keys():
    return boto3.client("s3").list_objects(Bucket="b")  # want: CT301


@app.get("/events")
def all_events(url: str):
    bucket_keys()
    events_kept(url)
    return events(url)


def events_once(url):
    s = requests.Session()  # want-strict: CT301
    return s.get(url, timeout=5)


@app.get("/events-once")
def one_event(url: str):
    return events_once(url)


# A session with retries mounted, that sends one request, a GET or a
# POST: still one request per session, as requests.get would make.
from requests.adapters import HTTPAdapter


def send(url, method, data=None):
    http = requests.Session()  # want-strict: CT301
    http.mount("https://", HTTPAdapter(max_retries=3))
    if method == "POST":
        response = http.post(url, json=data)
    elif method == "GET":
        response = http.get(url)
    return response


def send_twice(url):
    http = requests.Session()  # want: CT301
    http.mount("https://", HTTPAdapter(max_retries=3))
    if url:
        http.get(url)
    return http.get(url + "/again")


@app.post("/send")
def send_view(url: str, method: str):
    send_twice(url)
    return send(url, method)
